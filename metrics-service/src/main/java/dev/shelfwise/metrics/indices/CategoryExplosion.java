package dev.shelfwise.metrics.indices;

import java.math.BigDecimal;

/**
 * One category's explosion coefficient for a promotion window, with its place in the ranking.
 *
 * @param category            the category
 * @param promoDailySales     sales on the window's first day, or average daily sales over the window (per basis)
 * @param referenceDailySales average daily sales over the reference period
 * @param coefficient         {@code promoDailySales / referenceDailySales}; null when the reference period had no net
 *                            sales, in which case {@code note} says so
 * @param rank                1-based position, by coefficient descending then category name; undefined coefficients
 *                            come last
 * @param tier                {@link Tier#CANDIDATE} for the top K ranked categories that have a coefficient
 * @param note                why the coefficient is missing, otherwise null
 */
public record CategoryExplosion(
        String category,
        BigDecimal promoDailySales,
        BigDecimal referenceDailySales,
        BigDecimal coefficient,
        int rank,
        Tier tier,
        String note) {

    /** Whether a category leads the promotion or is cut from its resources (it still appears in the answer). */
    public enum Tier {
        CANDIDATE("candidate"),
        LONG_TAIL("long-tail");

        private final String code;

        Tier(String code) {
            this.code = code;
        }

        /** The name used in JSON answers. */
        public String code() {
            return code;
        }
    }

    public boolean hasCoefficient() {
        return coefficient != null;
    }
}
