package dev.shelfwise.stack.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * What the queries scenario asks about: the replayed data set's categories and SKUs, the promotion's days, the
 * window of the trends and the year of the heat map. {@code --data synthetic} (the generated year of
 * {@code replay.json}) or {@code --data tpcds} (the TPC-DS web channel of {@code replay-tpcds.json}, whose dates
 * lie in the past: the windows are its last 365 days and the year of its promotion).
 */
record QueryData(String label, List<String> categories, IntFunction<String> sku, LocalDate saleStart, LocalDate saleEnd,
                 LocalDate from, LocalDate to, int year, String crossCategoryWindow) {

    static QueryData of(Args args, Path out) {
        if (args.get("data", "synthetic").equals("tpcds")) {
            Json replay = BenchSupport.readResult(out, TpcdsReplay.RESULT);
            List<String> categories = new ArrayList<>();
            replay.path("categories").forEach(category -> categories.add(category.asText()));
            List<String> skus = new ArrayList<>();
            replay.path("skuSample").forEach(sku -> skus.add(sku.asText()));
            LocalDate last = LocalDate.parse(replay.path("lastDay").asText());
            LocalDate from = last.minusDays(364);
            Json promotion = replay.path("promotion");
            LocalDate start = promotion.isMissing() ? last.minusDays(30) : LocalDate.parse(promotion.path("start").asText());
            LocalDate end = promotion.isMissing() ? start.plusDays(2) : LocalDate.parse(promotion.path("end").asText());
            return new QueryData("TPC-DS web channel, scale " + replay.path("scale").asText(), List.copyOf(categories),
                    i -> skus.get((int) ((i * 7919L) % skus.size())), start, end, from, last, start.getYear(),
                    "?from=" + from + "&to=" + last);
        }
        Json replay = BenchSupport.readResult(out, "replay");
        LocalDate first = LocalDate.parse(replay.path("firstDay").asText());
        LocalDate last = LocalDate.parse(replay.path("lastDay").asText());
        LocalDate saleStart = QueryScenario.saleStart(LocalDate.now(ZoneOffset.UTC));
        OrderGenerator generator = new OrderGenerator(42, replay.path("skus").asInt(), 1, first, 365, 1, "Q-");
        // popular SKUs (low ranks) as well as long-tail ones
        return new QueryData("synthetic year", OrderGenerator.CATEGORIES,
                i -> generator.skuId((int) ((i * 7919L) % generator.skuCount())), saleStart, saleStart.plusDays(2),
                first, last, last.getYear(), "");
    }
}
