package dev.shelfwise.matrix.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class CategoryStrategyTest {

    private static final CategoryStrategy STRATEGY = new CategoryStrategy(GoalWeights.DEFAULTS);

    private static BigDecimal d(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    private static CategoryFactors factors(String name, String ec, String newCustomers, String penetration,
                                           String trend, String inventory) {
        return new CategoryFactors(name, d(ec), d(newCustomers), d(penetration), d(trend), d(inventory));
    }

    /** Only the explosion coefficient known: the score is its normalised value whatever the goal. */
    private static CategoryFactors ecOnly(String name, String ec) {
        return factors(name, ec, null, null, null, null);
    }

    /**
     * beauty: explodes in promotions; books: brings new customers; baby: long-term value and growth.
     * Normalised: EC beauty 1, books 1/3, baby 0; new-customer index beauty 2/7, books 1, baby 0; penetration,
     * trend and inventory beauty 0.2 / 0.25 / 1, books 0, baby 1 / 1 / 0.5.
     */
    private static final List<CategoryFactors> THREE = List.of(
            factors("beauty", "3.0", "1.0", "0.10", "0.05", "100"),
            factors("books", "2.0", "1.5", "0.05", "0.00", "0"),
            factors("baby", "1.5", "0.8", "0.30", "0.20", "50"));

    @ParameterizedTest(name = "{0}: {1} ({2}) > {3} ({4}) > {5} ({6})")
    @CsvSource({
            "sales,         beauty, 0.661071, baby,   0.425000, books, 0.233333",
            "profit,        baby,   0.750000, beauty, 0.421786, books, 0.100000",
            "new-customers, books,  0.516667, beauty, 0.483571, baby,  0.300000",
    })
    void theGoalDecidesTheRanking(String goal, String first, BigDecimal firstScore, String second,
                                  BigDecimal secondScore, String third, BigDecimal thirdScore) {
        List<CategoryScore> ranked = STRATEGY.rank(THREE, Goal.fromJson(goal), 1, 1);

        assertEquals(List.of(first, second, third), ranked.stream().map(CategoryScore::category).toList());
        assertEquals(List.of(firstScore, secondScore, thirdScore), ranked.stream().map(CategoryScore::score).toList());
        assertEquals(List.of(Tier.CORE, Tier.AUXILIARY, Tier.LONG_TAIL),
                ranked.stream().map(CategoryScore::tier).toList());
        assertEquals(List.of(1, 2, 3), ranked.stream().map(CategoryScore::rank).toList());
    }

    @Test
    void everyFactorIsExplained() {
        CategoryScore beauty = STRATEGY.rank(THREE, Goal.SALES, 1, 1).get(0);

        assertEquals(Arrays.asList(Factor.values()), beauty.factors().stream().map(FactorScore::factor).toList());
        FactorScore ec = beauty.factor(Factor.EXPLOSION_COEFFICIENT);
        assertEquals(d("3.0"), ec.value());
        assertEquals(d("1.000000"), ec.normalised());
        assertEquals(GoalWeights.SALES_EXPLOSION_COEFFICIENT, ec.weight());
        assertEquals(d("0.400000"), ec.effectiveWeight());
        assertEquals(d("0.400000"), ec.contribution());
        FactorScore newCustomers = beauty.factor(Factor.NEW_CUSTOMER_INDEX);
        assertEquals(d("0.285714"), newCustomers.normalised());
        assertEquals(d("0.028571"), newCustomers.contribution());
        assertNull(newCustomers.note());
        BigDecimal sum = beauty.factors().stream().map(FactorScore::contribution)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertTrue(sum.subtract(beauty.score()).abs().compareTo(d("0.000005")) <= 0, "contributions add up");
    }

    @ParameterizedTest(name = "core {0}, auxiliary {1} -> {2}")
    @CsvSource({
            "2, 2,  core;core;auxiliary;auxiliary;long-tail",
            "1, 0,  core;long-tail;long-tail;long-tail;long-tail",
            "0, 0,  long-tail;long-tail;long-tail;long-tail;long-tail",
            "0, 5,  auxiliary;auxiliary;auxiliary;auxiliary;auxiliary",
            "5, 0,  core;core;core;core;core",
            "3, 10, core;core;core;auxiliary;auxiliary",   // more places than categories
    })
    void tiersFollowTheRank(int core, int auxiliary, String expected) {
        List<CategoryFactors> five = List.of(ecOnly("c", "3"), ecOnly("a", "5"), ecOnly("e", "1"), ecOnly("b", "4"),
                ecOnly("d", "2"));

        List<CategoryScore> ranked = STRATEGY.rank(five, Goal.SALES, core, auxiliary);

        assertEquals(List.of("a", "b", "c", "d", "e"), ranked.stream().map(CategoryScore::category).toList());
        assertEquals(Arrays.asList(expected.split(";")), ranked.stream().map(s -> s.tier().jsonName()).toList());
        assertEquals(List.of(d("1.000000"), d("0.750000"), d("0.500000"), d("0.250000"), d("0.000000")),
                ranked.stream().map(CategoryScore::score).toList());
    }

    @Test
    void tiesAreBrokenByName() {
        List<CategoryFactors> same = List.of(
                factors("toys", "2", "1", "0.1", "0", "5"),
                factors("books", "2", "1", "0.1", "0", "5"),
                factors("garden", "2", "1", "0.1", "0", "5"));

        List<CategoryScore> ranked = STRATEGY.rank(same, Goal.PROFIT, 1, 1);

        assertEquals(List.of("books", "garden", "toys"), ranked.stream().map(CategoryScore::category).toList());
        assertEquals(List.of(Tier.CORE, Tier.AUXILIARY, Tier.LONG_TAIL),
                ranked.stream().map(CategoryScore::tier).toList());
        assertTrue(ranked.stream().allMatch(s -> s.score().compareTo(d("0.5")) == 0), "no factor discriminates");
        assertEquals(ranked, STRATEGY.rank(List.of(same.get(2), same.get(0), same.get(1)), Goal.PROFIT, 1, 1),
                "input order does not matter");
    }

    @Test
    void aMissingFactorIsNotZeroItsWeightIsRedistributed() {
        List<CategoryFactors> categories = List.of(
                factors("old", "2", "1.0", "0.2", "0.1", "10"),
                factors("young", null, "2.0", "0.4", "0.3", "30"),
                factors("mid", "1", "1.5", "0.3", "0.2", "20"));

        List<CategoryScore> ranked = STRATEGY.rank(categories, Goal.SALES, 1, 1);

        CategoryScore young = ranked.get(0);
        assertEquals("young", young.category());
        // best on every known factor: 1.0, where counting the missing EC as zero would give 0.6
        assertEquals(d("1.000000"), young.score());
        FactorScore ec = young.factor(Factor.EXPLOSION_COEFFICIENT);
        assertNull(ec.value());
        assertNull(ec.normalised());
        assertNull(ec.contribution());
        assertEquals(GoalWeights.SALES_EXPLOSION_COEFFICIENT, ec.weight());
        assertEquals(d("0.000000"), ec.effectiveWeight());
        assertEquals(FactorScore.NO_DATA, ec.note());
        // 0.10, 0.10, 0.25 and 0.15 over the 0.60 left
        assertEquals(d("0.166667"), young.factor(Factor.NEW_CUSTOMER_INDEX).effectiveWeight());
        assertEquals(d("0.166667"), young.factor(Factor.CROSS_CATEGORY_PENETRATION).effectiveWeight());
        assertEquals(d("0.416667"), young.factor(Factor.TREND).effectiveWeight());
        assertEquals(d("0.250000"), young.factor(Factor.INVENTORY_TO_CLEAR).effectiveWeight());
        assertTrue(young.note() == null);
        // the missing value does not move the others' normalisation: EC is normalised over old and mid only
        CategoryScore old = ranked.get(1);
        assertEquals("old", old.category());
        assertEquals(d("1.000000"), old.factor(Factor.EXPLOSION_COEFFICIENT).normalised());
        assertEquals(d("0.400000"), old.score());
        assertEquals(d("0.300000"), ranked.get(2).score());
    }

    @Test
    void categoryWithoutAnyFactorIsUnscoredAndLongTail() {
        List<CategoryFactors> categories = List.of(
                factors("zeta", null, null, null, null, null),
                ecOnly("toys", "2"),
                factors("alpha", null, null, null, null, null));

        List<CategoryScore> ranked = STRATEGY.rank(categories, Goal.SALES, 5, 5);

        assertEquals(List.of("toys", "alpha", "zeta"), ranked.stream().map(CategoryScore::category).toList());
        assertEquals(Tier.CORE, ranked.get(0).tier());
        CategoryScore alpha = ranked.get(1);
        assertNull(alpha.score());
        assertEquals(Tier.LONG_TAIL, alpha.tier());
        assertEquals(2, alpha.rank());
        assertTrue(alpha.note().startsWith("no data"));
        assertTrue(alpha.factors().stream().allMatch(f -> FactorScore.NO_DATA.equals(f.note())));
    }

    @Test
    void knownFactorsWithZeroWeightDoNotScore() {
        GoalWeights ecOnlyWeights = GoalWeights.DEFAULTS
                .with(Goal.SALES, Factor.NEW_CUSTOMER_INDEX, BigDecimal.ZERO)
                .with(Goal.SALES, Factor.CROSS_CATEGORY_PENETRATION, BigDecimal.ZERO)
                .with(Goal.SALES, Factor.TREND, BigDecimal.ZERO)
                .with(Goal.SALES, Factor.INVENTORY_TO_CLEAR, BigDecimal.ZERO);
        List<CategoryFactors> categories = List.of(
                factors("books", null, "1.3", null, null, null),
                ecOnly("toys", "2"));

        List<CategoryScore> ranked = new CategoryStrategy(ecOnlyWeights).rank(categories, Goal.SALES, 2, 0);

        assertEquals("toys", ranked.get(0).category());
        assertEquals(Tier.CORE, ranked.get(0).tier());
        CategoryScore books = ranked.get(1);
        assertNull(books.score());
        assertEquals(Tier.LONG_TAIL, books.tier());
        assertEquals(d("0.500000"), books.factor(Factor.NEW_CUSTOMER_INDEX).normalised());
        assertEquals(d("0.000000"), books.factor(Factor.NEW_CUSTOMER_INDEX).contribution());
    }

    @ParameterizedTest
    @EnumSource(Goal.class)
    void aSingleCategoryScoresOneHalf(Goal goal) {
        CategoryScore only = STRATEGY.rank(List.of(factors("toys", "2", "1", "0.1", "0.3", "5")), goal, 1, 0).get(0);

        assertEquals(d("0.500000"), only.score());
        assertEquals(Tier.CORE, only.tier());
    }

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource({
            "1 2 3,         0 0.5 1",
            "-0.1 0 0.3,    0 0.25 1",     // negative trends are fine
            "1 2 4,         0 0.333333 1",
            "0 3,           0 1",
            "5 5,           0.5 0.5",      // no spread: the factor does not discriminate
            "7,             0.5",
    })
    void minMaxNormalisation(String values, String expected) {
        String[] raw = values.split(" ");
        Map<String, BigDecimal> byCategory = new HashMap<>();
        for (int i = 0; i < raw.length; i++) {
            byCategory.put("c" + i, d(raw[i]));
        }

        Map<String, BigDecimal> normalised = CategoryStrategy.minMax(byCategory);

        String[] wanted = expected.split(" ");
        assertEquals(wanted.length, normalised.size());
        for (int i = 0; i < wanted.length; i++) {
            assertEquals(0, d(wanted[i]).compareTo(normalised.get("c" + i)), "c" + i);
            assertEquals(CategoryStrategy.SCALE, normalised.get("c" + i).scale());
        }
    }

    @Test
    void noCategoriesNoScores() {
        assertTrue(STRATEGY.rank(List.of(), Goal.SALES, 3, 3).isEmpty());
        assertTrue(CategoryStrategy.minMax(Map.of()).isEmpty());
    }

    @Test
    void invalidRequestsAreRefused() {
        List<CategoryFactors> duplicate = List.of(ecOnly("toys", "1"), ecOnly("toys", "2"));

        assertThrows(IllegalArgumentException.class, () -> STRATEGY.rank(duplicate, Goal.SALES, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> STRATEGY.rank(THREE, Goal.SALES, -1, 1));
        assertThrows(IllegalArgumentException.class, () -> STRATEGY.rank(THREE, Goal.SALES, 1, -1));
        assertThrows(NullPointerException.class, () -> STRATEGY.rank(THREE, null, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> ecOnly(" ", "1"));
    }
}
