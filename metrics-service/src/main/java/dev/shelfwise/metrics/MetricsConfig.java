package dev.shelfwise.metrics;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

/** Settings of metrics-service ({@code shelfwise.*}), with the defaults of DESIGN.md §4–5. */
@ConfigMapping(prefix = "shelfwise")
public interface MetricsConfig {

    /** The shop's time zone: days and months are cut in it, and every answer states it. */
    @WithDefault("UTC")
    ZoneId timezone();

    Refunds refunds();

    NewCustomer newCustomer();

    Explosion explosion();

    Queries queries();

    Concentration concentration();

    Stats stats();

    Consumer consumer();

    /** The optional API token, checked by read-access's filter; declared here because this mapping owns {@code shelfwise.*}. */
    Read read();

    interface Read {
        /** SHA-256 (hex) of the token {@code /v1} requests must carry; unset, the API is open. */
        Optional<String> tokenSha256();
    }

    interface Refunds {
        /** {@code order-day} (a promotion nets out the returns it caused) or {@code refund-day}. */
        @WithDefault("order-day")
        String attribution();
    }

    interface NewCustomer {
        /** Index at or above which a cell is {@code very-high}. */
        @WithDefault("1.5")
        BigDecimal veryHigh();

        /** Index at or above which a cell is {@code high}. */
        @WithDefault("1.15")
        BigDecimal high();

        /** Index above which a cell is {@code moderate} (at or below: {@code low}). */
        @WithDefault("0.85")
        BigDecimal low();

        /** Index at or below which a cell is {@code very-low}. */
        @WithDefault("0.6")
        BigDecimal veryLow();

        /** Cells with fewer orders are {@code insufficient-data}. */
        @WithDefault("30")
        int minOrders();
    }

    interface Explosion {
        /** Categories ranked at or above this are candidates for core categories when {@code top} is not given. */
        @WithDefault("10")
        int defaultTop();
    }

    interface Queries {
        /** The longest window a query may ask for (3 years), so no request scans without bound. */
        @WithDefault("1096")
        int maxWindowDays();

        /** Answers kept for reuse while the rollups are unchanged (see AnswerCache); the longest unused go first. */
        @WithDefault("256")
        int cachedAnswers();
    }

    interface Concentration {
        /** Top-1 % share above which GMV is reported as a warning. */
        @WithDefault("0.80")
        double warning();

        /** Top-1 % share above which GMV is over-concentrated. */
        @WithDefault("0.90")
        double overConcentrated();

        /** How far below a level the share must fall before its alert resolves (no flapping). */
        @WithDefault("0.05")
        double hysteresis();

        /** How often alerts are evaluated. */
        @WithDefault("30s")
        Duration evaluateEvery();
    }

    interface Stats {
        /** The trailing window of product-stats.v1 and category-stats.v1. */
        @WithDefault("30")
        int windowDays();

        /** How often changed SKUs and categories are republished. */
        @WithDefault("10s")
        Duration publishEvery();
    }

    interface Consumer {
        /** First pause after a failed batch; doubles up to {@link #maxBackoff()}. */
        @WithDefault("500ms")
        Duration initialBackoff();

        @WithDefault("30s")
        Duration maxBackoff();
    }
}
