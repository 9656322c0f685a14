package dev.shelfwise.metrics.indices;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Explosion coefficient (promotion relevance) of each category for a promotion window W:
 * {@code EC(c) = promo daily sales of c / average daily sales of c over the reference period}, where promo daily
 * sales are the sales of W's first day or the average daily sales over W ({@link Basis}). The reference period
 * defaults to the {@value #DEFAULT_REFERENCE_DAYS} days before W starts.
 *
 * <p>The coefficient is computed from the exact totals in one division, {@code promoTotal × referenceDays /
 * (referenceTotal × promoDays)}, and rounded half-up to 4 decimals; the two daily figures are reported at the same
 * scale. Days without sales count as zero in both averages.
 */
public final class ExplosionCoefficient {

    /** Length of the default reference period: the year before the promotion starts. */
    public static final int DEFAULT_REFERENCE_DAYS = 365;

    /** Note attached to a category whose reference period had no positive net sales. */
    public static final String NO_REFERENCE_SALES = "no net sales in the reference period: coefficient undefined";

    /** Undefined coefficients rank after every defined one; ties and undefined ones go by category name. */
    private static final Comparator<CategoryExplosion> RANKING = Comparator
            .comparing(CategoryExplosion::coefficient, Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
            .thenComparing(CategoryExplosion::category);

    /** Which promotion sales are compared with the reference. */
    public enum Basis {
        /** Sales on the first day of the window: the "explosion" of the opening day. */
        FIRST_DAY("first-day"),
        /** Average daily sales over the whole window. */
        AVERAGE("average");

        private final String code;

        Basis(String code) {
            this.code = code;
        }

        /** The name used in query parameters and answers. */
        public String code() {
            return code;
        }

        /** Parses {@code first-day} or {@code average} (case-insensitive). */
        public static Basis parse(String code) {
            for (Basis basis : values()) {
                if (basis.code.equalsIgnoreCase(code == null ? "" : code.trim())) {
                    return basis;
                }
            }
            throw new IllegalArgumentException("unknown basis '" + code + "', expected one of "
                    + Arrays.stream(values()).map(Basis::code).collect(Collectors.joining(", ")));
        }
    }

    private ExplosionCoefficient() {
    }

    /** The default reference period: the {@value #DEFAULT_REFERENCE_DAYS} days before the window starts. */
    public static DateRange defaultReference(DateRange window) {
        return DateRange.daysBefore(window.start(), DEFAULT_REFERENCE_DAYS);
    }

    /** Ranks categories against the default reference period. */
    public static List<CategoryExplosion> rank(
            Map<String, DailySales> salesByCategory, DateRange window, Basis basis, int candidates) {
        return rank(salesByCategory, window, defaultReference(window), basis, candidates);
    }

    /**
     * Ranks every category of {@code salesByCategory} by explosion coefficient.
     *
     * @param candidates K: how many of the best ranked categories (with a defined coefficient) become
     *                   {@link CategoryExplosion.Tier#CANDIDATE}; the rest are long-tail
     * @return one row per category, sorted by rank
     */
    public static List<CategoryExplosion> rank(
            Map<String, DailySales> salesByCategory,
            DateRange window,
            DateRange reference,
            Basis basis,
            int candidates) {
        if (candidates < 0) {
            throw new IllegalArgumentException("candidates must not be negative, was " + candidates);
        }
        List<CategoryExplosion> unranked = new ArrayList<>(salesByCategory.size());
        salesByCategory.forEach((category, sales) ->
                unranked.add(measure(category, sales, window, reference, basis)));
        unranked.sort(RANKING);

        List<CategoryExplosion> ranked = new ArrayList<>(unranked.size());
        for (int i = 0; i < unranked.size(); i++) {
            CategoryExplosion row = unranked.get(i);
            // undefined coefficients sort last, so they only become candidates if nothing else is left: never
            boolean candidate = i < candidates && row.hasCoefficient();
            ranked.add(new CategoryExplosion(row.category(), row.promoDailySales(), row.referenceDailySales(),
                    row.coefficient(), i + 1,
                    candidate ? CategoryExplosion.Tier.CANDIDATE : CategoryExplosion.Tier.LONG_TAIL,
                    row.note()));
        }
        return List.copyOf(ranked);
    }

    private static CategoryExplosion measure(
            String category, DailySales sales, DateRange window, DateRange reference, Basis basis) {
        BigDecimal promoTotal = basis == Basis.FIRST_DAY ? sales.on(window.start()) : sales.total(window);
        BigDecimal promoDays = BigDecimal.valueOf(basis == Basis.FIRST_DAY ? 1 : window.days());
        BigDecimal referenceTotal = sales.total(reference);
        BigDecimal referenceDays = BigDecimal.valueOf(reference.days());

        BigDecimal coefficient = referenceTotal.signum() > 0
                ? Decimals.ratio(promoTotal.multiply(referenceDays), referenceTotal.multiply(promoDays))
                : null;
        return new CategoryExplosion(category,
                Decimals.ratio(promoTotal, promoDays),
                Decimals.ratio(referenceTotal, referenceDays),
                coefficient,
                0,
                CategoryExplosion.Tier.LONG_TAIL,
                coefficient == null ? NO_REFERENCE_SALES : null);
    }
}
