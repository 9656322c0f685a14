package dev.shelfwise.stack;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Streams a realistic synthetic shop into order-ingest: a catalog over several categories, a year of orders with
 * seasonality (books peak in April, toys before Christmas, …), new and returning customers, cross-category baskets,
 * refunds, traffic, ad spend, aged inventory, a restock of an aged SKU, and a promotion spike on the last days.
 * Every category also holds a few SKUs shaped for the product matrix ({@link Showcase}), so that each role of
 * DESIGN.md §7 appears, and the promotion of the last days is created in matrix-service (a warning, not a failure,
 * when matrix-service does not answer). Deterministic for a given seed. Usage: {@code DemoFeed --url
 * http://127.0.0.1:8081 --token T [--matrix-url http://127.0.0.1:8083] [--orders 30000] [--days 365] [--seed 7]
 * [--batch 1000]}
 */
public final class DemoFeed {
    /** Category, price range, and relative demand by month (Jan..Dec). */
    private record Category(String name, double minPrice, double maxPrice, double[] monthWeight) {
    }

    private record Sku(String id, Category category, BigDecimal price, BigDecimal cost, double popularity,
                       Showcase showcase) {
        boolean is(Showcase role) {
            return showcase == role;
        }
    }

    /**
     * The SKUs of every category shaped for one role of the product matrix, by popularity rank (1 = best seller).
     * The rules compare a SKU with the percentiles of its category over the trailing 30 days (DESIGN.md §7); the
     * other SKUs keep their random traits and mostly end up regular, or event when their stock is old or does not sell.
     */
    private enum Showcase {
        /** hot-selling: the best seller at a mid-high price, rated 4.6, converting better than the rest. */
        HOT_SELLER(1),
        /** traffic: a popular SKU sold at 45 % of its list price over the last 30 days (a loss-leader, thin margin). */
        HOOK(2),
        /**
         * profit: priced 30 % above the category's range (no SKU within ±15 %), cost 30 % of price, found in search
         * and converting well: margin, search impressions, orders and conversion all ≥ P60; rated 4.3 (not hot-selling).
         */
        PROFIT(4),
        /** image: tagged flagship, at the top of the category's price range; rated 4.4. */
        FLAGSHIP(5),
        /** word-of-mouth: rated 4.9 with more reviews than any other SKU, at a low-mid price. */
        WORD_OF_MOUTH(8),
        /** cross-sell: the cheapest SKU, added to 15 % of the best seller's baskets of the last 90 days; rated 4.2. */
        ADD_ON(12);

        final int rank;

        Showcase(int rank) {
            this.rank = rank;
        }

        static Showcase ofRank(int rank) {
            for (Showcase showcase : values()) {
                if (showcase.rank == rank) {
                    return showcase;
                }
            }
            return null;
        }
    }

    /** One SKU's stock as drawn; fresh stock is sized in weeks of recent sales once the orders are known. */
    private record Stock(Sku sku, boolean aged, int fresh, int old, BigDecimal storageFee, BigDecimal disposalFee) {
    }

    private static final List<Category> CATEGORIES = List.of(
            new Category("books", 8, 60, new double[]{0.8, 0.8, 0.9, 1.9, 1.0, 0.9, 1.0, 1.0, 1.4, 0.9, 1.1, 1.0}),
            new Category("maternal-child", 15, 300, new double[]{1, 1, 1, 1, 1.1, 1.2, 1, 1, 1, 1, 1.6, 1.1}),
            new Category("toys", 10, 200, new double[]{0.7, 0.8, 0.8, 0.8, 0.9, 1.3, 0.9, 0.9, 0.9, 1.0, 1.7, 2.4}),
            new Category("beauty", 20, 400, new double[]{1, 1.2, 1.3, 1, 1, 1.1, 1, 1, 1, 1, 2.2, 1.3}),
            new Category("electronics", 50, 2500, new double[]{0.9, 0.8, 0.9, 0.9, 1, 1.6, 1, 1, 1.1, 1, 2.0, 1.2}),
            new Category("grocery", 2, 40, new double[]{1.3, 1.5, 1, 1, 1, 1, 1, 1, 1.2, 1.1, 1.2, 1.3}),
            new Category("sports", 15, 600, new double[]{1.2, 0.9, 1.1, 1.2, 1.3, 1.2, 1.1, 1, 0.9, 0.8, 1.3, 0.9}),
            new Category("home", 10, 800, new double[]{0.9, 0.8, 1.2, 1.1, 1, 1, 1, 1, 1.1, 1.1, 1.5, 1.2}));
    private static final int SKUS_PER_CATEGORY = 25;
    private static final int PROMOTION_DAYS = 3;
    private static final double PROMOTION_LIFT = 5.0;
    private static final double REFUND_RATE = 0.03;
    private static final double CROSS_CATEGORY_LINE_RATE = 0.25;
    private static final double NEW_CUSTOMER_RATE = 0.25;
    private static final double FAVOURITE_CATEGORY_RATE = 0.85;
    /** The trailing window of the product matrix's figures (matrix-service's stats-window-days). */
    private static final int MATRIX_WINDOW_DAYS = 30;
    /** The trailing window of matrix-service's "bought together" counts (its basket window-days). */
    private static final int BASKET_WINDOW_DAYS = 90;
    private static final BigDecimal HOOK_DISCOUNT = new BigDecimal("0.55");
    private static final double ADD_ON_RATE = 0.15;
    private static final String PROMOTION_ID = "black-friday";
    /** How strongly each category attracts first-time customers (grocery and books are entry categories). */
    private static final java.util.Map<String, Double> ACQUISITION = java.util.Map.of("grocery", 2.0, "books", 1.6,
            "maternal-child", 1.2, "toys", 1.0, "beauty", 0.9, "home", 0.7, "sports", 0.7, "electronics", 0.5);

    private final Random random;
    /** Draws of the matrix showcase, apart from {@link #random} so the rest of the shop stays as it was. */
    private final Random showcaseRandom;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String url;
    private final String token;
    private final String matrixUrl;
    private final int batchSize;
    private final List<Sku> skus = new ArrayList<>();
    /** Each customer's favourite category, chosen at their first order: most of their orders stay in it. */
    private final List<Category> favourites = new ArrayList<>();
    /** Units sold per SKU over the matrix window ending today (sizes the fresh stock in weeks of cover). */
    private final Map<String, Integer> recentUnits = new HashMap<>();

    private DemoFeed(String url, String token, String matrixUrl, long seed, int batchSize) {
        this.url = url;
        this.token = token;
        this.matrixUrl = matrixUrl;
        this.random = new Random(seed);
        this.showcaseRandom = new Random(seed * 31 + 1);
        this.batchSize = batchSize;
    }

    public static void main(String[] argv) throws Exception {
        Args args = Args.parse(argv);
        DemoFeed feed = new DemoFeed(args.required("url"), args.required("token"),
                args.get("matrix-url", "http://127.0.0.1:8083"), args.getInt("seed", 7), args.getInt("batch", 1000));
        feed.run(args.getInt("orders", 30_000), args.getInt("days", 365));
    }

    private void run(int orders, int days) throws IOException, InterruptedException {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate first = today.minusDays(days - 1L);
        // everything is drawn first, in the order it always was, then sent: the stock needs the orders' sales
        buildCatalog();
        List<String> catalog = catalog(today);
        List<Stock> stock = stock();
        List<String> traffic = traffic(today);
        List<String> adSpend = adSpend(today);
        List<String> refunds = new ArrayList<>();
        List<String> orderEvents = orders(first, today, orders, refunds);
        send("catalog", catalog);
        send("inventory", inventory(stock, today));
        send("traffic", traffic);
        send("ad-spend", adSpend);
        send("orders", orderEvents);
        send("refunds", refunds);
        send("purchase-orders", List.of(json("poId", "PO-demo-1", "sku", skus.get(0).id(), "quantity", 400,
                "at", today.atTime(8, 0).atZone(ZoneOffset.UTC).toString())));
        System.out.printf("demo feed done: %d SKUs in %d categories, %d orders over %d days (%d-day promotion spike),"
                + " %d refunds, %d customers%n", skus.size(), CATEGORIES.size(), orderEvents.size(), days, PROMOTION_DAYS,
                refunds.size(), favourites.size());
        createPromotion(today);
    }

    /**
     * The promotion of the spike days, in matrix-service: its product matrix and category strategy then answer.
     * matrix-service being down or refusing is a warning; the shop's data is in either way.
     */
    private void createPromotion(LocalDate today) throws InterruptedException {
        LocalDate start = today.minusDays(PROMOTION_DAYS - 1L);
        String body = json("name", "Black Friday (demo)", "theme", "the promotion spike of the demo feed",
                "start", start.toString(), "end", today.toString(), "goal", "sales", "coreCount", 3, "auxiliaryCount", 2);
        String promotion = matrixUrl + "/v1/promotions/" + PROMOTION_ID;
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(promotion))
                    .header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(10))
                    .PUT(HttpRequest.BodyPublishers.ofString(body)).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200 || response.statusCode() == 201) {
                System.out.printf("promotion %s (%s..%s) %s in matrix-service; its matrix fills as product stats arrive"
                        + " (about 10 s):%n  curl -s '%s/matrix'%n", PROMOTION_ID, start, today,
                        response.statusCode() == 201 ? "created" : "replaced", promotion);
            } else {
                System.out.printf("WARNING: matrix-service answered %d to PUT %s: %s%n  the data is in; create the"
                        + " promotion later with: curl -X PUT -H 'Content-Type: application/json' -d '%s' %s%n",
                        response.statusCode(), promotion,
                        response.body().substring(0, Math.min(300, response.body().length())), body, promotion);
            }
        } catch (IOException | IllegalArgumentException e) {
            System.out.printf("WARNING: matrix-service is not reachable at %s (%s): no promotion created.%n  the data is"
                    + " in; create the promotion later with: curl -X PUT -H 'Content-Type: application/json' -d '%s' %s%n",
                    matrixUrl, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()),
                    body, promotion);
        }
    }

    private void buildCatalog() {
        for (Category category : CATEGORIES) {
            double range = category.maxPrice() - category.minPrice();
            for (int i = 1; i <= SKUS_PER_CATEGORY; i++) {
                double price = category.minPrice() + random.nextDouble() * range;
                double costShare = 0.35 + random.nextDouble() * 0.45;
                Showcase showcase = Showcase.ofRank(i);
                if (showcase != null) { // the random draws above still happen: the rest of the shop is unchanged
                    switch (showcase) {
                        case HOT_SELLER -> { price = category.minPrice() + 0.7 * range; costShare = 0.5; }
                        case HOOK -> costShare = 0.4;
                        case PROFIT -> { price = category.maxPrice() * 1.3; costShare = 0.3; }
                        case FLAGSHIP -> price = category.maxPrice();
                        case WORD_OF_MOUTH -> price = category.minPrice() + 0.3 * range;
                        case ADD_ON -> { price = category.minPrice(); costShare = 0.5; }
                    }
                }
                // a few best sellers, a long tail: demand falls off like a power law with the SKU's rank
                double popularity = 1.0 / Math.pow(i, 1.1);
                skus.add(new Sku(category.name().substring(0, 3).toUpperCase() + "-" + String.format("%03d", i), category,
                        money(price), money(price * costShare), popularity, showcase));
            }
        }
    }

    private List<String> catalog(LocalDate today) {
        List<String> items = new ArrayList<>();
        String[] tags = {"exclusive", "co-branded", "ip", "gift-box", "flagship"};
        for (Sku sku : skus) {
            List<String> skuTags = new ArrayList<>();
            if (random.nextDouble() < 0.15) {
                skuTags.add(tags[random.nextInt(tags.length)]);
            }
            String launchedAt = today.minusDays(random.nextInt(700)).toString();
            BigDecimal rating = money(3.6 + random.nextDouble() * 1.4).setScale(1, RoundingMode.HALF_UP);
            int reviewCount = random.nextInt(2000);
            if (sku.showcase() != null) {
                skuTags.clear();
                switch (sku.showcase()) {
                    case HOT_SELLER -> rating = new BigDecimal("4.6");
                    case HOOK -> { }
                    case PROFIT -> rating = new BigDecimal("4.3");
                    case FLAGSHIP -> { skuTags.add("flagship"); rating = new BigDecimal("4.4"); }
                    case WORD_OF_MOUTH -> {
                        rating = new BigDecimal("4.9");
                        reviewCount = 2500 + showcaseRandom.nextInt(1500); // above every drawn count (< 2000)
                    }
                    case ADD_ON -> rating = new BigDecimal("4.2");
                }
            }
            items.add(json("sku", sku.id(), "category", sku.category().name(),
                    "name", sku.category().name() + " item " + sku.id(), "listPrice", sku.price(), "unitCost", sku.cost(),
                    "launchedAt", launchedAt, "tags", skuTags, "rating", rating, "reviewCount", reviewCount));
        }
        return items;
    }

    private List<Stock> stock() {
        List<Stock> stock = new ArrayList<>();
        for (Sku sku : skus) {
            boolean aged = sku.popularity() < 0.1 && random.nextDouble() < 0.5;
            int fresh = 50 + random.nextInt(300);
            int old = aged ? 200 + random.nextInt(800) : 0;
            // a showcase SKU must not look like clearance stock (event outranks image, word-of-mouth, cross-sell, profit)
            if (sku.showcase() != null) {
                aged = false;
                old = 0;
            }
            stock.add(new Stock(sku, aged, fresh, old, money(0.2 + random.nextDouble()),
                    money(0.84 + random.nextDouble() * 2)));
        }
        return stock;
    }

    /**
     * Fresh stock is 2 to 10 weeks of the SKU's sales of the last 30 days (below the 12 weeks of cover that make an
     * event SKU); a SKU that sold nothing keeps its drawn quantity (dead stock). Aged stock comes on top.
     */
    private List<String> inventory(List<Stock> stock, LocalDate today) {
        List<String> items = new ArrayList<>();
        for (Stock s : stock) {
            int units = recentUnits.getOrDefault(s.sku().id(), 0);
            int fresh = s.fresh();
            if (units > 0) {
                double weeks = 2 + 8.0 * (s.fresh() - 50) / 300;
                fresh = Math.max(1, (int) Math.round(units * 7.0 / MATRIX_WINDOW_DAYS * weeks));
            }
            items.add(json("sku", s.sku().id(), "at", today.atStartOfDay(ZoneOffset.UTC).toString(),
                    "onHand", fresh + s.old(), "inbound", 0, "unitCost", s.sku().cost(),
                    "ageBuckets", s.aged() ? "{\"0-90\": " + fresh + ", \"181-270\": " + s.old() + "}"
                            : "{\"0-90\": " + fresh + "}",
                    "storageFeePerUnitMonth", s.storageFee(), "disposalFeePerUnit", s.disposalFee()));
        }
        return items;
    }

    private List<String> traffic(LocalDate today) {
        List<String> items = new ArrayList<>();
        for (int day = 29; day >= 0; day--) {
            for (Sku sku : skus) {
                // the best seller and the profit SKU convert better (fewer views per order); the profit SKU is also
                // found in search more than the others
                double reach = sku.is(Showcase.HOT_SELLER) ? 2500 : sku.is(Showcase.PROFIT) ? 2000 : 4000;
                long views = Math.round(50 + reach * sku.popularity() * (0.7 + random.nextDouble() * 0.6));
                long searchPerView = 2 + random.nextInt(4) + (sku.is(Showcase.PROFIT) ? 4 : 0);
                items.add(json("sku", sku.id(), "date", today.minusDays(day).toString(), "views", views,
                        "searchImpressions", views * searchPerView, "addToCart", views / (8 + random.nextInt(10))));
            }
        }
        return items;
    }

    private List<String> adSpend(LocalDate today) {
        List<String> items = new ArrayList<>();
        for (int day = 13; day >= 0; day--) {
            for (Category category : CATEGORIES.subList(0, 3)) {
                List<String> campaignSkus = skus.stream().filter(s -> s.category() == category).limit(5).map(Sku::id).toList();
                items.add(json("campaignId", "promo-" + category.name(), "channel", "ads:promo-" + category.name(),
                        "skus", campaignSkus, "date", today.minusDays(day).toString(),
                        "spend", money(80 + random.nextDouble() * 120), "impressions", 20_000 + random.nextInt(20_000),
                        "clicks", 400 + random.nextInt(800)));
            }
        }
        return items;
    }

    private List<String> orders(LocalDate first, LocalDate today, int total, List<String> refunds) {
        int days = (int) (today.toEpochDay() - first.toEpochDay()) + 1;
        double[] dayWeight = new double[days];
        double sum = 0;
        for (int d = 0; d < days; d++) {
            LocalDate date = first.plusDays(d);
            double weight = date.getDayOfWeek().getValue() >= 6 ? 1.2 : 1.0;
            if (d >= days - PROMOTION_DAYS) {
                weight *= PROMOTION_LIFT;
            }
            dayWeight[d] = weight;
            sum += weight;
        }
        List<String> orders = new ArrayList<>(total);
        ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
        int orderNumber = 0;
        for (int d = 0; d < days; d++) {
            LocalDate date = first.plusDays(d);
            boolean promotion = d >= days - PROMOTION_DAYS;
            int count = (int) Math.round(total * dayWeight[d] / sum);
            for (int i = 0; i < count && orderNumber < total; i++) {
                orderNumber++;
                String orderId = "DEMO-" + orderNumber;
                int customer = pickCustomer();
                boolean firstOrder = customer == favourites.size();
                if (firstOrder) {
                    favourites.add(pickCategory(date.getMonthValue() - 1, true));
                }
                Category main = random.nextDouble() < FAVOURITE_CATEGORY_RATE || firstOrder
                        ? favourites.get(customer) : pickCategory(date.getMonthValue() - 1, false);
                List<String> lines = new ArrayList<>();
                List<Sku> chosen = new ArrayList<>();
                int lineCount = 1 + random.nextInt(3);
                for (int l = 0; l < lineCount; l++) {
                    Category category = random.nextDouble() < CROSS_CATEGORY_LINE_RATE
                            ? pickCategory(date.getMonthValue() - 1, false) : main;
                    Sku sku = pickSku(category);
                    if (chosen.contains(sku)) {
                        continue;
                    }
                    chosen.add(sku);
                    int quantity = 1 + (random.nextDouble() < 0.2 ? random.nextInt(3) : 0);
                    BigDecimal discount = promotion
                            ? money(sku.price().doubleValue() * quantity * (0.1 + random.nextDouble() * 0.2)) : BigDecimal.ZERO;
                    if (sku.is(Showcase.HOOK) && recent(date, today, MATRIX_WINDOW_DAYS)) { // the hook's deep discount
                        discount = sku.price().multiply(BigDecimal.valueOf(quantity)).multiply(HOOK_DISCOUNT)
                                .setScale(2, RoundingMode.HALF_UP);
                    }
                    lines.add(line(sku, quantity, discount));
                    countRecent(sku, quantity, date, today);
                }
                Sku hot = chosen.stream().filter(s -> s.is(Showcase.HOT_SELLER)).findFirst().orElse(null);
                if (hot != null && recent(date, today, BASKET_WINDOW_DAYS) && showcaseRandom.nextDouble() < ADD_ON_RATE) {
                    Sku addOn = skus.stream().filter(s -> s.category() == hot.category() && s.is(Showcase.ADD_ON))
                            .findFirst().orElseThrow();
                    if (!chosen.contains(addOn)) { // the cheap add-on bought with the best seller
                        chosen.add(addOn);
                        lines.add(line(addOn, 1, BigDecimal.ZERO));
                        countRecent(addOn, 1, date, today);
                    }
                }
                ZonedDateTime placedAt = date.atTime(8 + random.nextInt(14), random.nextInt(60)).atZone(ZoneOffset.UTC);
                if (placedAt.isAfter(now)) {
                    placedAt = now.minusMinutes(random.nextInt(60)); // today's orders are never in the future
                }
                String channel = promotion && main.name().equals("books") && random.nextDouble() < 0.3
                        ? "ads:promo-books" : random.nextDouble() < 0.1 ? "onsite:coupon" : "onsite";
                orders.add(json("orderId", orderId, "customerId", "CUST-" + (customer + 1), "placedAt", placedAt.toString(),
                        "currency", "USD", "channel", channel, "lines", lines));
                if (random.nextDouble() < REFUND_RATE && date.plusDays(3).isBefore(today)) {
                    Sku refunded = chosen.get(0);
                    refunds.add(json("orderId", orderId, "refundId", "R-" + orderId,
                            "at", placedAt.plusDays(3).toString(),
                            "lines", List.of(json("sku", refunded.id(), "quantity", 1, "amount", refunded.price()))));
                }
            }
        }
        return orders;
    }

    private static String line(Sku sku, int quantity, BigDecimal discount) {
        return json("sku", sku.id(), "category", sku.category().name(), "quantity", quantity,
                "unitPrice", sku.price(), "unitCost", sku.cost(), "discount", discount);
    }

    private static boolean recent(LocalDate date, LocalDate today, int windowDays) {
        return !date.isBefore(today.minusDays(windowDays - 1L));
    }

    private void countRecent(Sku sku, int quantity, LocalDate date, LocalDate today) {
        if (recent(date, today, MATRIX_WINDOW_DAYS)) {
            recentUnits.merge(sku.id(), quantity, Integer::sum);
        }
    }

    private Category pickCategory(int month, boolean acquisition) {
        java.util.function.ToDoubleFunction<Category> weight = c -> c.monthWeight()[month]
                * (acquisition ? ACQUISITION.getOrDefault(c.name(), 1.0) : 1.0);
        double total = CATEGORIES.stream().mapToDouble(weight).sum();
        double pick = random.nextDouble() * total;
        for (Category category : CATEGORIES) {
            pick -= weight.applyAsDouble(category);
            if (pick <= 0) {
                return category;
            }
        }
        return CATEGORIES.get(CATEGORIES.size() - 1);
    }

    private Sku pickSku(Category category) {
        List<Sku> inCategory = skus.stream().filter(s -> s.category() == category).toList();
        double total = inCategory.stream().mapToDouble(Sku::popularity).sum();
        double pick = random.nextDouble() * total;
        for (Sku sku : inCategory) {
            pick -= sku.popularity();
            if (pick <= 0) {
                return sku;
            }
        }
        return inCategory.get(inCategory.size() - 1);
    }

    /** A customer index: a new one (== the number of customers so far) or a returning one. */
    private int pickCustomer() {
        if (favourites.isEmpty() || random.nextDouble() < NEW_CUSTOMER_RATE) {
            return favourites.size();
        }
        return random.nextInt(favourites.size());
    }

    private void send(String type, List<String> items) throws IOException, InterruptedException {
        int accepted = 0;
        for (int from = 0; from < items.size(); from += batchSize) {
            String body = "[" + String.join(",", items.subList(from, Math.min(items.size(), from + batchSize))) + "]";
            HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/v1/" + type))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(60))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 202 || !response.body().contains("\"rejected\":[]")) {
                throw new IllegalStateException("POST /v1/" + type + " answered " + response.statusCode() + ": "
                        + response.body().substring(0, Math.min(600, response.body().length())));
            }
            accepted += Math.min(batchSize, items.size() - from);
        }
        System.out.printf("  %-16s %7d accepted%n", type, accepted);
    }

    private static BigDecimal money(double amount) {
        return BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP);
    }

    /** A JSON object from name/value pairs; values are strings, numbers, lists or pre-rendered JSON objects. */
    private static String json(Object... pairs) {
        StringBuilder out = new StringBuilder("{");
        for (int i = 0; i < pairs.length; i += 2) {
            if (i > 0) {
                out.append(',');
            }
            out.append('"').append(pairs[i]).append("\":").append(value(pairs[i + 1]));
        }
        return out.append('}').toString();
    }

    private static String value(Object value) {
        if (value instanceof Number number) {
            return number instanceof BigDecimal decimal ? decimal.toPlainString() : number.toString();
        }
        if (value instanceof List<?> list) {
            List<String> rendered = list.stream().map(DemoFeed::value).toList();
            return "[" + String.join(",", rendered) + "]";
        }
        String text = value.toString();
        return text.startsWith("{") ? text : "\"" + text.replace("\"", "\\\"") + "\"";
    }
}
