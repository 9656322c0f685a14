package dev.shelfwise.stack.chaos;

import dev.shelfwise.stack.bench.Json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares what the services serve with the figures recomputed from the orders: each difference is one mismatch,
 * described with what was expected and what was served. Only figures that are pure functions of the orders are
 * compared (see RELIABILITY.md).
 */
final class FigureChecks {
    /**
     * matrix-service's default {@code shelfwise.matrix.basket.max-skus-per-order}; chaos orders have at most five
     * lines, so it never applies, but the recomputation keeps the rule.
     */
    static final int MATRIX_MAX_SKUS_PER_ORDER = 50;

    private static final Comparator<MetricsFigures.CategoryMonth> CELL_ORDER = Comparator
            .comparing(MetricsFigures.CategoryMonth::category).thenComparing(MetricsFigures.CategoryMonth::month);

    private final ZoneId zone;

    FigureChecks(ZoneId zone) {
        this.zone = zone;
    }

    /** Sales per category per day, orders and new-customer orders per category-month and year, penetration, GMV. */
    List<String> metrics(Collection<ChaosOrder> orders, Collection<String> categories, ServiceApi metrics) {
        List<String> mismatches = new ArrayList<>();
        if (orders.isEmpty()) {
            return mismatches;
        }
        MetricsFigures expected = new MetricsFigures(orders, zone);
        LocalDate from = orders.stream().map(order -> order.day(zone)).min(LocalDate::compareTo).orElseThrow();
        LocalDate to = orders.stream().map(order -> order.day(zone)).max(LocalDate::compareTo).orElseThrow();
        String window = "&from=" + from + "&to=" + to;

        List<String> trendPaths = categories.stream().map(category -> "/v1/trends?category=" + category + window).toList();
        Map<String, ServiceApi.Answer> trends = metrics.getAll(trendPaths);
        int i = 0;
        for (String category : categories) {
            ServiceApi.Answer answer = trends.get(trendPaths.get(i++));
            Map<LocalDate, BigDecimal> served = new TreeMap<>();
            if (answer.ok()) {
                answer.body().path("daily").forEach(day -> served.put(LocalDate.parse(day.path("date").asText()),
                        day.path("sales").decimalValue()));
            } else if (answer.status() != 400) { // 400: a category without any sale is unknown to it
                mismatches.add("metrics trends " + category + ": HTTP " + answer.status());
                continue;
            }
            Map<LocalDate, BigDecimal> sales = expected.salesByCategoryDay().getOrDefault(category, Map.of());
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                compare(mismatches, "metrics sales " + category + " " + day, sales.getOrDefault(day, BigDecimal.ZERO),
                        served.getOrDefault(day, BigDecimal.ZERO));
            }
        }

        for (int year : expected.years()) {
            ServiceApi.Answer answer = metrics.get("/v1/indices/new-customer?year=" + year);
            if (!answer.ok()) {
                mismatches.add("metrics new-customer " + year + ": HTTP " + answer.status());
                continue;
            }
            Json body = answer.body();
            MetricsFigures.Counts site = expected.site(year);
            compare(mismatches, "metrics site orders " + year, site.orders(), body.path("siteOrders").asLong());
            compare(mismatches, "metrics site new-customer orders " + year, site.newCustomerOrders(),
                    body.path("siteNewCustomerOrders").asLong());
            Map<MetricsFigures.CategoryMonth, MetricsFigures.Counts> served = new HashMap<>();
            for (Json cell : body.path("cells")) {
                served.put(new MetricsFigures.CategoryMonth(cell.path("category").asText(), YearMonth.parse(cell.path("month").asText())),
                        new MetricsFigures.Counts(cell.path("orders").asLong(), cell.path("newCustomerOrders").asLong()));
            }
            TreeSet<MetricsFigures.CategoryMonth> cells = new TreeSet<>(CELL_ORDER);
            expected.byCategoryMonth().keySet().stream().filter(cell -> cell.month().getYear() == year).forEach(cells::add);
            cells.addAll(served.keySet());
            MetricsFigures.Counts none = new MetricsFigures.Counts(0, 0);
            for (MetricsFigures.CategoryMonth cell : cells) {
                MetricsFigures.Counts want = expected.byCategoryMonth().getOrDefault(cell, none);
                MetricsFigures.Counts got = served.getOrDefault(cell, none);
                String name = cell.category() + " " + cell.month();
                compare(mismatches, "metrics orders " + name, want.orders(), got.orders());
                compare(mismatches, "metrics new-customer orders " + name, want.newCustomerOrders(), got.newCustomerOrders());
            }
        }

        ServiceApi.Answer cross = metrics.get("/v1/indices/cross-category?" + window.substring(1));
        if (cross.ok()) {
            Map<String, MetricsFigures.Penetration> served = new TreeMap<>();
            cross.body().forEach(row -> served.put(row.path("category").asText(),
                    new MetricsFigures.Penetration(row.path("customers").asLong(), row.path("crossCustomers").asLong())));
            Map<String, MetricsFigures.Penetration> want = expected.crossCategory(from, to);
            TreeSet<String> names = new TreeSet<>(want.keySet());
            names.addAll(served.keySet());
            MetricsFigures.Penetration none = new MetricsFigures.Penetration(0, 0);
            for (String category : names) {
                compare(mismatches, "metrics customers " + category, want.getOrDefault(category, none).customers(),
                        served.getOrDefault(category, none).customers());
                compare(mismatches, "metrics cross-category customers " + category,
                        want.getOrDefault(category, none).crossCustomers(), served.getOrDefault(category, none).crossCustomers());
            }
        } else {
            mismatches.add("metrics cross-category: HTTP " + cross.status());
        }

        ServiceApi.Answer concentration = metrics.get("/v1/concentration?" + window.substring(1));
        if (concentration.ok()) {
            MetricsFigures.Concentration want = expected.concentration(from, to);
            compare(mismatches, "metrics active SKUs", want.activeSkus(), concentration.body().path("activeSkus").asLong());
            compare(mismatches, "metrics GMV", want.gmv(), concentration.body().path("gmv").decimalValue());
        } else {
            mismatches.add("metrics concentration: HTTP " + concentration.status());
        }
        return mismatches;
    }

    /** Per SKU: the window's orders, the SKU's orders, and every partner at or above the support floor. */
    List<String> matrix(Collection<ChaosOrder> orders, Collection<String> skus, ServiceApi matrix) {
        List<String> mismatches = new ArrayList<>();
        Map<String, BasketFigures> byWindow = new HashMap<>();
        perSku(matrix, skus, "/v1/products/%s/bought-together", "matrix bought-together", mismatches, (sku, body, from, to) -> {
            BasketFigures expected = byWindow.computeIfAbsent(from + ".." + to,
                    window -> new BasketFigures(orders, zone, from, to, MATRIX_MAX_SKUS_PER_ORDER));
            compare(mismatches, "matrix orders of the window", expected.orders(), body.path("orders").asLong());
            compare(mismatches, "matrix orders with " + sku, expected.skuOrders(sku), body.path("skuOrders").asLong());
            Map<String, BasketFigures.Partner> served = new TreeMap<>();
            body.path("partners").forEach(partner -> served.put(partner.path("sku").asText(),
                    new BasketFigures.Partner(partner.path("together").asLong(), partner.path("partnerOrders").asLong())));
            Map<String, BasketFigures.Partner> want = expected.partners(sku, body.path("minPairOrders").asLong());
            TreeSet<String> partners = new TreeSet<>(want.keySet());
            partners.addAll(served.keySet());
            for (String partner : partners) {
                if (!Objects.equals(want.get(partner), served.get(partner))) {
                    mismatches.add("matrix " + sku + " bought with " + partner + ": expected " + want.get(partner)
                            + ", served " + served.get(partner));
                }
            }
        });
        // every SKU repeats the window's order count: one mismatch of it is enough
        return dropRepeats(mismatches, "matrix orders of the window");
    }

    /** Per SKU and channel: attributed order lines, units and gross profit over the measured window. */
    List<String> clearance(Collection<ChaosOrder> orders, Collection<String> skus, ServiceApi clearance) {
        List<String> mismatches = new ArrayList<>();
        Map<String, ClearanceFigures> byWindow = new HashMap<>();
        perSku(clearance, skus, "/v1/clearance/skus/%s/channels", "clearance channels", mismatches, (sku, body, from, to) -> {
            ClearanceFigures expected = byWindow.computeIfAbsent(from + ".." + to,
                    window -> new ClearanceFigures(orders, zone, from, to));
            Map<String, ClearanceFigures.Measured> served = new TreeMap<>();
            for (Json channel : body.path("channels")) {
                Json measured = channel.path("measured");
                if (!measured.isNull() && !measured.isMissing() && measured.path("orders").asLong() > 0) {
                    served.put(channel.path("id").asText(), new ClearanceFigures.Measured(measured.path("orders").asLong(),
                            measured.path("units").asLong(), measured.path("grossProfit").decimalValue()));
                }
            }
            Map<String, ClearanceFigures.Measured> want = expected.channels(sku);
            TreeSet<String> channels = new TreeSet<>(want.keySet());
            channels.addAll(served.keySet());
            for (String channel : channels) {
                ClearanceFigures.Measured a = want.get(channel);
                ClearanceFigures.Measured b = served.get(channel);
                boolean same = a != null && b != null && a.orders() == b.orders() && a.units() == b.units()
                        && a.grossProfit().compareTo(b.grossProfit()) == 0;
                if (!same) {
                    mismatches.add("clearance " + sku + " channel " + channel + ": expected " + a + ", served " + b);
                }
            }
        });
        return mismatches;
    }

    /** Compares one SKU's answer over the window it names ({@code from}, {@code to} in its body). */
    private interface SkuCheck {
        void check(String sku, Json body, LocalDate from, LocalDate to);
    }

    /** Reads {@code pathFormat} for every SKU; an answer other than 200 is a mismatch, the others are checked. */
    private static void perSku(ServiceApi api, Collection<String> skus, String pathFormat, String what,
                               List<String> mismatches, SkuCheck check) {
        List<String> list = List.copyOf(skus);
        Map<String, ServiceApi.Answer> answers = api.getAll(list.stream().map(pathFormat::formatted).toList());
        for (String sku : list) {
            ServiceApi.Answer answer = answers.get(pathFormat.formatted(sku));
            if (!answer.ok()) {
                mismatches.add(what + " " + sku + ": HTTP " + answer.status());
                continue;
            }
            Json body = answer.body();
            check.check(sku, body, LocalDate.parse(body.path("from").asText()), LocalDate.parse(body.path("to").asText()));
        }
    }

    private static void compare(List<String> mismatches, String what, long expected, long served) {
        if (expected != served) {
            mismatches.add(what + ": expected " + expected + ", served " + served);
        }
    }

    private static void compare(List<String> mismatches, String what, BigDecimal expected, BigDecimal served) {
        if (expected.compareTo(served) != 0) {
            mismatches.add(what + ": expected " + expected.toPlainString() + ", served " + served.toPlainString());
        }
    }

    private static List<String> dropRepeats(List<String> mismatches, String prefix) {
        List<String> kept = new ArrayList<>();
        boolean seen = false;
        for (String mismatch : mismatches) {
            if (mismatch.startsWith(prefix)) {
                if (seen) {
                    continue;
                }
                seen = true;
            }
            kept.add(mismatch);
        }
        return kept;
    }
}
