package dev.shelfwise.stack.tpcds;

import io.trino.tpcds.Table;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The promotion behind the explosion coefficient: the TPC-DS promotion most web-sale lines carry
 * ({@code ws_promo_sk}). TPC-DS dates its promotions between 1996 and May 1998 ({@code p_start_date_sk},
 * {@code p_end_date_sk}), before nearly every web sale (1998-01-02 to 2003-01-02), so its window keeps its month,
 * day and length but is placed in the data set's last full year of sales, 2002: the 365 days before it (the
 * coefficient's reference year) are then inside the data. It is created in matrix-service
 * ({@code PUT /v1/promotions/{id}}), which publishes it to {@code promotions.v1}.
 */
public record TpcdsPromotion(long key, String id, String name, LocalDate start, LocalDate end, long lines) {
    /** The year the window is placed in (TPC-DS calendar): the last full year of web sales. */
    static final int WINDOW_YEAR = 2002;

    /** The most-used promotion with a known window (ties: the lower key), or null when no line has one. */
    public static TpcdsPromotion mostUsed(Iterable<List<String>> promotionRows, Map<Long, Long> linesPerPromotion,
                                          TpcdsCalendar calendar) {
        TpcdsPromotion best = null;
        for (List<String> values : promotionRows) {
            TpcdsRow row = new TpcdsRow(Table.PROMOTION, values);
            Long key = row.number("p_promo_sk");
            Long start = row.number("p_start_date_sk");
            Long end = row.number("p_end_date_sk");
            long lines = linesPerPromotion.getOrDefault(key, 0L);
            if (key == null || start == null || end == null || end < start || lines == 0) {
                continue;
            }
            if (best == null || lines > best.lines() || lines == best.lines() && key < best.key()) {
                LocalDate from = TpcdsCalendar.tpcdsDate(start);
                LocalDate placed = from.withYear(WINDOW_YEAR);
                LocalDate to = placed.plusDays(end - start);
                String name = row.text("p_promo_name");
                best = new TpcdsPromotion(key, "tpcds-promo-" + key, "TPC-DS promotion " + row.text("p_promo_id")
                        + (name == null ? "" : " (" + name + ")"), calendar.shifted(placed), calendar.shifted(to), lines);
            }
        }
        return best;
    }

    /** The body of {@code PUT /v1/promotions/{id}} in matrix-service. */
    public Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("theme", "tpcds");
        body.put("start", start.toString());
        body.put("end", end.toString());
        body.put("goal", "sales");
        body.put("coreCount", 3);
        body.put("auxiliaryCount", 3);
        return body;
    }
}
