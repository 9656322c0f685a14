package dev.shelfwise.metrics.indices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shelfwise.metrics.indices.CategoryExplosion.Tier;
import dev.shelfwise.metrics.indices.ExplosionCoefficient.Basis;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExplosionCoefficientTest {

    /** A three-day promotion, Singles' Day style. */
    private static final DateRange WINDOW = DateRange.of(LocalDate.of(2024, 11, 11), LocalDate.of(2024, 11, 13));
    private static final LocalDate REFERENCE_DAY = LocalDate.of(2024, 6, 1);

    /**
     * Reference daily averages over 365 days: books 100, toys 200, kitchen 10, garden none.
     * Window days: books 500 / 300 / 100, toys 200 / 200 / 200, kitchen 0 / 0 / 90, garden 50 / 0 / 0.
     */
    private static Map<String, DailySales> shop() {
        Map<String, DailySales> sales = new HashMap<>();
        sales.put("books", sales("36500", "500", "300", "100"));
        sales.put("toys", sales("73000", "200", "200", "200"));
        sales.put("kitchen", sales("3650", "0", "0", "90"));
        sales.put("garden", sales("0", "50", "0", "0"));
        return sales;
    }

    /** Puts the reference total on one reference day (only the total matters) and the window days in order. */
    private static DailySales sales(String referenceTotal, String... windowDays) {
        Map<LocalDate, BigDecimal> byDay = new HashMap<>();
        byDay.put(REFERENCE_DAY, new BigDecimal(referenceTotal));
        for (int i = 0; i < windowDays.length; i++) {
            byDay.put(WINDOW.start().plusDays(i), new BigDecimal(windowDays[i]));
        }
        byDay.put(WINDOW.end().plusDays(1), new BigDecimal("999999")); // after the window: never counted
        return DailySales.of(byDay);
    }

    private static CategoryExplosion row(List<CategoryExplosion> rows, String category) {
        return rows.stream().filter(r -> r.category().equals(category)).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource({
            "first-day, FIRST_DAY",
            "average, AVERAGE",
            "FIRST-DAY, FIRST_DAY",
            "' average ', AVERAGE",
    })
    void parsesBasis(String code, Basis expected) {
        assertEquals(expected, Basis.parse(code));
        assertEquals(expected, Basis.parse(expected.code()));
    }

    @Test
    void unknownBasisNamesTheValueAndTheChoices() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Basis.parse("median"));
        assertTrue(e.getMessage().contains("'median'"), e.getMessage());
        assertTrue(e.getMessage().contains("first-day, average"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Basis.parse(null));
    }

    @Test
    void defaultReferenceIsThe365DaysBeforeTheWindow() {
        DateRange reference = ExplosionCoefficient.defaultReference(WINDOW);
        assertEquals(ExplosionCoefficient.DEFAULT_REFERENCE_DAYS, reference.days());
        assertEquals(WINDOW.start().minusDays(1), reference.end());
        assertTrue(reference.contains(REFERENCE_DAY));
    }

    @ParameterizedTest(name = "{0}: {1} promo/day {2}, reference/day {3}, EC {4}")
    @CsvSource({
            "FIRST_DAY, books,   500.0000, 100.0000, 5.0000",
            "FIRST_DAY, toys,    200.0000, 200.0000, 1.0000",
            "FIRST_DAY, kitchen,   0.0000,  10.0000, 0.0000",
            "AVERAGE,   books,   300.0000, 100.0000, 3.0000",
            "AVERAGE,   toys,    200.0000, 200.0000, 1.0000",
            "AVERAGE,   kitchen,  30.0000,  10.0000, 3.0000",
    })
    void computesTheCoefficientPerBasis(Basis basis, String category, String promoDaily, String referenceDaily,
            String coefficient) {
        CategoryExplosion row = row(ExplosionCoefficient.rank(shop(), WINDOW, basis, 2), category);
        assertEquals(new BigDecimal(promoDaily), row.promoDailySales());
        assertEquals(new BigDecimal(referenceDaily), row.referenceDailySales());
        assertEquals(new BigDecimal(coefficient), row.coefficient());
        assertNull(row.note());
    }

    @Test
    void ranksByCoefficientAndMarksTheTopKAsCandidates() {
        List<CategoryExplosion> rows = ExplosionCoefficient.rank(shop(), WINDOW, Basis.FIRST_DAY, 2);

        assertEquals(List.of("books", "toys", "kitchen", "garden"), rows.stream().map(CategoryExplosion::category).toList());
        assertEquals(List.of(1, 2, 3, 4), rows.stream().map(CategoryExplosion::rank).toList());
        assertEquals(List.of(Tier.CANDIDATE, Tier.CANDIDATE, Tier.LONG_TAIL, Tier.LONG_TAIL),
                rows.stream().map(CategoryExplosion::tier).toList());
    }

    @Test
    void tiesAreBrokenByCategoryName() {
        // AVERAGE: books 3.0000 and kitchen 3.0000 tie; books sorts first by name
        List<CategoryExplosion> rows = ExplosionCoefficient.rank(shop(), WINDOW, Basis.AVERAGE, 1);

        assertEquals(List.of("books", "kitchen", "toys", "garden"), rows.stream().map(CategoryExplosion::category).toList());
        assertEquals(0, rows.get(0).coefficient().compareTo(rows.get(1).coefficient()));
        assertEquals(Tier.CANDIDATE, rows.get(0).tier());
        assertEquals(Tier.LONG_TAIL, rows.get(1).tier());
    }

    @Test
    void rankingDoesNotDependOnInputOrder() {
        Map<String, DailySales> tied = new HashMap<>();
        for (String category : List.of("zeta", "alpha", "mu", "beta")) {
            tied.put(category, sales("36500", "100", "100", "100"));
        }
        List<CategoryExplosion> rows = ExplosionCoefficient.rank(tied, WINDOW, Basis.AVERAGE, 2);
        assertEquals(List.of("alpha", "beta", "mu", "zeta"), rows.stream().map(CategoryExplosion::category).toList());
        assertEquals(List.of(Tier.CANDIDATE, Tier.CANDIDATE, Tier.LONG_TAIL, Tier.LONG_TAIL),
                rows.stream().map(CategoryExplosion::tier).toList());
    }

    @Test
    void zeroReferenceGivesNoCoefficientANoteAndTheLastRank() {
        List<CategoryExplosion> rows = ExplosionCoefficient.rank(shop(), WINDOW, Basis.FIRST_DAY, 10);
        CategoryExplosion garden = row(rows, "garden");

        assertNull(garden.coefficient());
        assertEquals(ExplosionCoefficient.NO_REFERENCE_SALES, garden.note());
        assertEquals(new BigDecimal("50.0000"), garden.promoDailySales());
        assertEquals(new BigDecimal("0.0000"), garden.referenceDailySales());
        assertEquals(4, garden.rank());
        // K covers every category, yet an undefined coefficient is never a candidate
        assertEquals(Tier.LONG_TAIL, garden.tier());
        assertEquals(3, rows.stream().filter(r -> r.tier() == Tier.CANDIDATE).count());
    }

    @Test
    void negativeNetReferenceIsTreatedAsNoSales() {
        Map<String, DailySales> refundsOnly = Map.of("returns", sales("-10", "5", "5", "5"));
        CategoryExplosion row = ExplosionCoefficient.rank(refundsOnly, WINDOW, Basis.AVERAGE, 1).get(0);
        assertNull(row.coefficient());
        assertEquals(ExplosionCoefficient.NO_REFERENCE_SALES, row.note());
        assertEquals(Tier.LONG_TAIL, row.tier());
    }

    @Test
    void coefficientComesFromExactTotalsNotFromRoundedAverages() {
        // reference 1.00 over 365 days = 0.00274/day, reported 0.0027; EC = 1 × 365 / 1 = 365 exactly,
        // where dividing by the rounded average would give 370.37
        Map<String, DailySales> tiny = Map.of("stamps", sales("1.00", "1.00", "0", "0"));
        CategoryExplosion row = ExplosionCoefficient.rank(tiny, WINDOW, Basis.FIRST_DAY, 1).get(0);
        assertEquals(new BigDecimal("0.0027"), row.referenceDailySales());
        assertEquals(new BigDecimal("365.0000"), row.coefficient());
    }

    @Test
    void anExplicitReferencePeriodIsUsedAsGiven() {
        // calendar year-to-date: 2024-01-01 .. 2024-11-10 = 315 days holding books' 36,500
        DateRange yearToDate = DateRange.of(LocalDate.of(2024, 1, 1), WINDOW.start().minusDays(1));
        CategoryExplosion books = row(ExplosionCoefficient.rank(shop(), WINDOW, yearToDate, Basis.FIRST_DAY, 1), "books");
        assertEquals(315, yearToDate.days());
        assertEquals(new BigDecimal("115.8730"), books.referenceDailySales()); // 36,500 / 315
        assertEquals(new BigDecimal("4.3151"), books.coefficient()); // 500 × 315 / 36,500
    }

    @ParameterizedTest(name = "K = {0} → {1} candidates")
    @CsvSource({"0, 0", "1, 1", "3, 3", "4, 3", "100, 3"})
    void candidateCountFollowsK(int k, long expectedCandidates) {
        List<CategoryExplosion> rows = ExplosionCoefficient.rank(shop(), WINDOW, Basis.FIRST_DAY, k);
        assertEquals(expectedCandidates, rows.stream().filter(r -> r.tier() == Tier.CANDIDATE).count());
        assertEquals(4, rows.size());
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, -10})
    void negativeKIsRefused(int k) {
        assertThrows(IllegalArgumentException.class,
                () -> ExplosionCoefficient.rank(shop(), WINDOW, Basis.AVERAGE, k));
    }

    @Test
    void noCategoriesGiveNoRows() {
        assertTrue(ExplosionCoefficient.rank(Map.of(), WINDOW, Basis.AVERAGE, 3).isEmpty());
    }

    @Test
    void tierCodesAreTheWireNames() {
        assertEquals("candidate", Tier.CANDIDATE.code());
        assertEquals("long-tail", Tier.LONG_TAIL.code());
    }
}
