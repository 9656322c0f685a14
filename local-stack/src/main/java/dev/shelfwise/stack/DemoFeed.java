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
import java.util.List;
import java.util.Random;

/**
 * Streams a realistic synthetic shop into order-ingest: a catalog over several categories, a year of orders with
 * seasonality (books peak in April, toys before Christmas, …), new and returning customers, cross-category baskets,
 * refunds, traffic, ad spend, aged inventory, a restock of an aged SKU, and a promotion spike on the last days.
 * Deterministic for a given seed. Usage: {@code DemoFeed --url http://127.0.0.1:8081 --token T [--orders 30000]
 * [--days 365] [--seed 7] [--batch 1000]}
 */
public final class DemoFeed {
    /** Category, price range, and relative demand by month (Jan..Dec). */
    private record Category(String name, double minPrice, double maxPrice, double[] monthWeight) {
    }

    private record Sku(String id, Category category, BigDecimal price, BigDecimal cost, double popularity) {
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
    /** How strongly each category attracts first-time customers (grocery and books are entry categories). */
    private static final java.util.Map<String, Double> ACQUISITION = java.util.Map.of("grocery", 2.0, "books", 1.6,
            "maternal-child", 1.2, "toys", 1.0, "beauty", 0.9, "home", 0.7, "sports", 0.7, "electronics", 0.5);

    private final Random random;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String url;
    private final String token;
    private final int batchSize;
    private final List<Sku> skus = new ArrayList<>();
    /** Each customer's favourite category, chosen at their first order: most of their orders stay in it. */
    private final List<Category> favourites = new ArrayList<>();

    private DemoFeed(String url, String token, long seed, int batchSize) {
        this.url = url;
        this.token = token;
        this.random = new Random(seed);
        this.batchSize = batchSize;
    }

    public static void main(String[] argv) throws Exception {
        Args args = Args.parse(argv);
        DemoFeed feed = new DemoFeed(args.required("url"), args.required("token"), args.getInt("seed", 7),
                args.getInt("batch", 1000));
        feed.run(args.getInt("orders", 30_000), args.getInt("days", 365));
    }

    private void run(int orders, int days) throws IOException, InterruptedException {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate first = today.minusDays(days - 1L);
        buildCatalog();
        send("catalog", catalog(today));
        send("inventory", inventory(today));
        send("traffic", traffic(today));
        send("ad-spend", adSpend(today));
        List<String> refunds = new ArrayList<>();
        List<String> orderEvents = orders(first, today, orders, refunds);
        send("orders", orderEvents);
        send("refunds", refunds);
        send("purchase-orders", List.of(json("poId", "PO-demo-1", "sku", skus.get(0).id(), "quantity", 400,
                "at", today.atTime(8, 0).atZone(ZoneOffset.UTC).toString())));
        System.out.printf("demo feed done: %d SKUs in %d categories, %d orders over %d days (%d-day promotion spike),"
                + " %d refunds, %d customers%n", skus.size(), CATEGORIES.size(), orderEvents.size(), days, PROMOTION_DAYS,
                refunds.size(), favourites.size());
    }

    private void buildCatalog() {
        for (Category category : CATEGORIES) {
            for (int i = 1; i <= SKUS_PER_CATEGORY; i++) {
                double price = category.minPrice() + random.nextDouble() * (category.maxPrice() - category.minPrice());
                double costShare = 0.35 + random.nextDouble() * 0.45;
                // a few best sellers, a long tail: demand falls off like a power law with the SKU's rank
                double popularity = 1.0 / Math.pow(i, 1.1);
                skus.add(new Sku(category.name().substring(0, 3).toUpperCase() + "-" + String.format("%03d", i), category,
                        money(price), money(price * costShare), popularity));
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
            items.add(json("sku", sku.id(), "category", sku.category().name(),
                    "name", sku.category().name() + " item " + sku.id(), "listPrice", sku.price(), "unitCost", sku.cost(),
                    "launchedAt", today.minusDays(random.nextInt(700)).toString(), "tags", skuTags,
                    "rating", money(3.6 + random.nextDouble() * 1.4).setScale(1, RoundingMode.HALF_UP),
                    "reviewCount", random.nextInt(2000)));
        }
        return items;
    }

    private List<String> inventory(LocalDate today) {
        List<String> items = new ArrayList<>();
        for (Sku sku : skus) {
            boolean aged = sku.popularity() < 0.1 && random.nextDouble() < 0.5;
            int fresh = 50 + random.nextInt(300);
            int old = aged ? 200 + random.nextInt(800) : 0;
            items.add(json("sku", sku.id(), "at", today.atStartOfDay(ZoneOffset.UTC).toString(),
                    "onHand", fresh + old, "inbound", 0, "unitCost", sku.cost(),
                    "ageBuckets", aged ? "{\"0-90\": " + fresh + ", \"181-270\": " + old + "}" : "{\"0-90\": " + fresh + "}",
                    "storageFeePerUnitMonth", money(0.2 + random.nextDouble()), "disposalFeePerUnit", money(0.84 + random.nextDouble() * 2)));
        }
        return items;
    }

    private List<String> traffic(LocalDate today) {
        List<String> items = new ArrayList<>();
        for (int day = 29; day >= 0; day--) {
            for (Sku sku : skus) {
                long views = Math.round(50 + 4000 * sku.popularity() * (0.7 + random.nextDouble() * 0.6));
                items.add(json("sku", sku.id(), "date", today.minusDays(day).toString(), "views", views,
                        "searchImpressions", views * (2 + random.nextInt(4)), "addToCart", views / (8 + random.nextInt(10))));
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
                    lines.add(json("sku", sku.id(), "category", sku.category().name(), "quantity", quantity,
                            "unitPrice", sku.price(), "unitCost", sku.cost(), "discount", discount));
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
