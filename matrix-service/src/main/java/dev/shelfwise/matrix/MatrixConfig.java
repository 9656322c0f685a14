package dev.shelfwise.matrix;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

/**
 * Settings of matrix-service ({@code shelfwise.matrix.*}). The defaults are those of DESIGN.md §6–7 and issue 4; the
 * rule thresholds mirror {@link dev.shelfwise.matrix.roles.MatrixThresholds#DEFAULTS} and the factor weights
 * {@link dev.shelfwise.matrix.strategy.GoalWeights#DEFAULTS} (a test keeps them equal).
 */
@ConfigMapping(prefix = "shelfwise.matrix")
public interface MatrixConfig {

    /** The shop's time zone: "today", traffic days and every window are cut in it. */
    @WithDefault("UTC")
    ZoneId zone();

    /** Trailing days of the SKU figures the rules compare (traffic is summed over them). */
    @WithDefault("30")
    int statsWindowDays();

    /** How long a promotion change waits for Kafka to acknowledge it on promotions.v1 before answering 503. */
    @WithDefault("5s")
    Duration publishTimeout();

    /** How often traffic days, basket days and weak basket pairs past their windows are deleted. */
    @WithDefault("1h")
    Duration pruneEvery();

    /** The seven rule roles, highest priority first; regular is always the fallback. */
    @WithDefault("traffic,hot-selling,event,image,word-of-mouth,cross-sell,profit")
    List<String> priority();

    /** Roles for which pre-sale is advised. */
    @WithDefault("traffic,hot-selling,word-of-mouth")
    List<String> presaleRoles();

    Traffic traffic();

    HotSelling hotSelling();

    Event event();

    Image image();

    WordOfMouth wordOfMouth();

    CrossSell crossSell();

    Profit profit();

    Types types();

    Health health();

    Weights weights();

    Basket basket();

    Strategy strategy();

    /** Traffic (hook): (promo price ≤ ratio of list, or margin below) and views ≥ percentile. */
    interface Traffic {
        /** Promo price / list price at or below which a SKU counts as deeply discounted. */
        @WithDefault("0.50")
        BigDecimal maxPromoPriceRatio();

        /** Margin below which a SKU counts as a thin-margin hook. */
        @WithDefault("0.05")
        BigDecimal marginBelow();

        /** Views must reach this percentile of the category. */
        @WithDefault("75")
        int minViewsPercentile();
    }

    /** Hot-selling: GMV, conversion percentiles, rating when known, margin. */
    interface HotSelling {
        /** GMV percentile within the category. */
        @WithDefault("90")
        int minGmvPercentile();

        /** Conversion percentile within the category. */
        @WithDefault("50")
        int minConversionPercentile();

        /** Minimum rating, checked only when the SKU is rated. */
        @WithDefault("4.5")
        BigDecimal minRating();

        /** Minimum margin at the promotion price. */
        @WithDefault("0")
        BigDecimal minMargin();
    }

    /** Event (clearance): old stock or too many weeks of cover. */
    interface Event {
        /** Age of the stock on hand, in days. */
        @WithDefault("90")
        int minInventoryAgeDays();

        /** Weeks of cover (on hand / average weekly units). */
        @WithDefault("12")
        BigDecimal minWeeksOfCover();
    }

    /** Image: expensive and rarely sold, or flagship. */
    interface Image {
        /** Price percentile within the category. */
        @WithDefault("90")
        int minPricePercentile();

        /** Units percentile within the category (at most). */
        @WithDefault("25")
        int maxUnitsPercentile();

        /** The catalog tag that makes a SKU an image SKU on its own. */
        @WithDefault("flagship")
        String flagshipTag();
    }

    /** Word-of-mouth: very well rated with many reviews. */
    interface WordOfMouth {
        /** Minimum rating. */
        @WithDefault("4.7")
        BigDecimal minRating();

        /** Review-count percentile within the category. */
        @WithDefault("75")
        int minReviewCountPercentile();
    }

    /** Cross-sell: cheap and bought together with a hot-selling or profit SKU. */
    interface CrossSell {
        /** Price percentile within the category (at most). */
        @WithDefault("25")
        int maxPricePercentile();

        /** Minimum "bought together" lift with an anchor SKU. */
        @WithDefault("2")
        BigDecimal minLift();
    }

    /** Profit: high margin and "three highs, one few". */
    interface Profit {
        /** Margin percentile within the category. */
        @WithDefault("60")
        int minMarginPercentile();

        /** Search-impressions percentile within the category. */
        @WithDefault("60")
        int minSearchImpressionsPercentile();

        /** Orders percentile within the category. */
        @WithDefault("60")
        int minOrdersPercentile();

        /** Conversion percentile within the category. */
        @WithDefault("60")
        int minConversionPercentile();

        /** At most this many other SKUs of the category priced within the band. */
        @WithDefault("3")
        int maxSimilarPricedSkus();

        /** The price band (±) of the "one few" count. */
        @WithDefault("0.15")
        BigDecimal priceBand();
    }

    /** The {@code new} and {@code specialty} types. */
    interface Types {
        /** A SKU launched at most this many days ago is new. */
        @WithDefault("90")
        int newMaxDaysSinceLaunch();

        /** Tags that make a SKU a specialty. */
        @WithDefault("exclusive,co-branded,ip,gift-box")
        List<String> specialtyTags();
    }

    /** Matrix health summary. */
    interface Health {
        /** Warn when the profit SKUs of a core category hold less than this share of its GMV (0 switches it off). */
        @WithDefault("0.30")
        BigDecimal minProfitGmvShare();
    }

    /** Factor weights per promotion goal (relative: each goal's defaults sum to 1). */
    interface Weights {
        Sales sales();

        ProfitGoal profit();

        NewCustomers newCustomers();

        /** Goal {@code sales}: what sells in a promotion and what is growing. */
        interface Sales {
            @WithDefault("0.40")
            BigDecimal explosionCoefficient();

            @WithDefault("0.10")
            BigDecimal newCustomerIndex();

            @WithDefault("0.10")
            BigDecimal crossCategoryPenetration();

            @WithDefault("0.25")
            BigDecimal trend();

            @WithDefault("0.15")
            BigDecimal inventoryToClear();
        }

        /** Goal {@code profit}: long-term value (penetration) and growth. */
        interface ProfitGoal {
            @WithDefault("0.15")
            BigDecimal explosionCoefficient();

            @WithDefault("0.05")
            BigDecimal newCustomerIndex();

            @WithDefault("0.35")
            BigDecimal crossCategoryPenetration();

            @WithDefault("0.35")
            BigDecimal trend();

            @WithDefault("0.10")
            BigDecimal inventoryToClear();
        }

        /** Goal {@code new-customers}: the new-customer index leads. */
        interface NewCustomers {
            @WithDefault("0.20")
            BigDecimal explosionCoefficient();

            @WithDefault("0.45")
            BigDecimal newCustomerIndex();

            @WithDefault("0.15")
            BigDecimal crossCategoryPenetration();

            @WithDefault("0.10")
            BigDecimal trend();

            @WithDefault("0.10")
            BigDecimal inventoryToClear();
        }
    }

    /** "Bought together" counting from orders.v1 (cross-sell). */
    interface Basket {
        /** Trailing days of orders that count; older days are pruned. */
        @WithDefault("90")
        int windowDays();

        /**
         * Support floor: a pair is used (and kept after its grace period) only when at least this many orders of
         * the window contain both SKUs.
         */
        @WithDefault("3")
        int minPairOrders();

        /** Days a newly seen pair may stay below the floor before pruning drops it. */
        @WithDefault("7")
        int pairGraceDays();

        /** Orders with more distinct SKUs still count as orders, but their SKUs are not paired (n² pairs). */
        @WithDefault("50")
        int maxSkusPerOrder();
    }

    /** Category strategy inputs. */
    interface Strategy {
        /** Stock beyond this many days of supply (at the recent sales rate) is inventory to clear (DESIGN §8). */
        @WithDefault("90")
        int excessDaysOfSupply();

        /** Trailing days of the cross-category penetration asked of metrics-service (DESIGN §4). */
        @WithDefault("365")
        int penetrationWindowDays();

        /** Explosion-coefficient basis asked of metrics-service: {@code average} or {@code first-day}. */
        @WithDefault("average")
        String explosionBasis();
    }
}
