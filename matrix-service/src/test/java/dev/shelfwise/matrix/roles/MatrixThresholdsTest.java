package dev.shelfwise.matrix.roles;

import static dev.shelfwise.matrix.roles.Fixtures.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The defaults are DESIGN.md §7's; invalid configuration is refused at start-up, not at the first request. */
class MatrixThresholdsTest {

    private static final MatrixThresholds D = MatrixThresholds.DEFAULTS;

    @Test
    void defaultsAreTheDesignOnes() {
        assertEquals(30, D.statsWindowDays());

        assertEquals(0, d("0.5").compareTo(D.traffic().maxPromoPriceRatio()));
        assertEquals(0, d("0.05").compareTo(D.traffic().marginBelow()));
        assertEquals(75, D.traffic().minViewsPercentile());

        assertEquals(90, D.hotSelling().minGmvPercentile());
        assertEquals(50, D.hotSelling().minConversionPercentile());
        assertEquals(0, d("4.5").compareTo(D.hotSelling().minRating()));
        assertEquals(0, BigDecimal.ZERO.compareTo(D.hotSelling().minMargin()));

        assertEquals(90, D.event().minInventoryAgeDays());
        assertEquals(0, d("12").compareTo(D.event().minWeeksOfCover()));

        assertEquals(90, D.image().minPricePercentile());
        assertEquals(25, D.image().maxUnitsPercentile());
        assertEquals("flagship", D.image().flagshipTag());

        assertEquals(0, d("4.7").compareTo(D.wordOfMouth().minRating()));
        assertEquals(75, D.wordOfMouth().minReviewCountPercentile());

        assertEquals(25, D.crossSell().maxPricePercentile());
        assertEquals(0, d("2").compareTo(D.crossSell().minLift()));

        assertEquals(60, D.profit().minMarginPercentile());
        assertEquals(60, D.profit().minSearchImpressionsPercentile());
        assertEquals(60, D.profit().minOrdersPercentile());
        assertEquals(60, D.profit().minConversionPercentile());
        assertEquals(3, D.profit().maxSimilarPricedSkus());
        assertEquals(0, d("0.15").compareTo(D.profit().priceBand()));

        assertEquals(90, D.types().newMaxDaysSinceLaunch());
        assertEquals(Set.of("exclusive", "co-branded", "ip", "gift-box"), D.types().specialtyTags());

        assertEquals(0, d("0.30").compareTo(D.health().minProfitGmvShare()));

        assertEquals(List.of(Role.TRAFFIC, Role.HOT_SELLING, Role.EVENT, Role.IMAGE, Role.WORD_OF_MOUTH,
                Role.CROSS_SELL, Role.PROFIT), D.priority());
        assertEquals(Set.of(Role.TRAFFIC, Role.HOT_SELLING, Role.WORD_OF_MOUTH), D.presaleRoles());
    }

    @Test
    void withersReplaceOneGroupOnly() {
        MatrixThresholds changed = D.withCrossSell(new MatrixThresholds.CrossSell(30, d("1.5")));

        assertEquals(30, changed.crossSell().maxPricePercentile());
        assertEquals(D.traffic(), changed.traffic());
        assertEquals(D.profit(), changed.profit());
        assertEquals(D.priority(), changed.priority());
        assertEquals(D, changed.withCrossSell(MatrixThresholds.CrossSell.DEFAULTS));
    }

    @ParameterizedTest(name = "percentile {0} is refused")
    @ValueSource(ints = {0, 101, -5})
    void percentilesMustBeWithinOneToHundred(int p) {
        assertThrows(IllegalArgumentException.class, () -> new MatrixThresholds.Traffic(d("0.5"), d("0.05"), p));
        assertThrows(IllegalArgumentException.class, () -> new MatrixThresholds.Image(p, 25, "flagship"));
        assertThrows(IllegalArgumentException.class, () -> new MatrixThresholds.Profit(60, 60, p, 60, 3, d("0.15")));
    }

    @Test
    void invalidValuesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new MatrixThresholds.Traffic(d("0"), d("0.05"), 75));
        assertThrows(IllegalArgumentException.class, () -> new MatrixThresholds.Event(-1, d("12")));
        assertThrows(IllegalArgumentException.class, () -> new MatrixThresholds.Image(90, 25, " "));
        assertThrows(IllegalArgumentException.class, () -> new MatrixThresholds.CrossSell(25, d("0")));
        assertThrows(IllegalArgumentException.class, () -> new MatrixThresholds.Profit(60, 60, 60, 60, -1, d("0.15")));
        assertThrows(IllegalArgumentException.class, () -> new MatrixThresholds.Profit(60, 60, 60, 60, 3, d("1")));
        assertThrows(IllegalArgumentException.class, () -> new MatrixThresholds.Types(-1, Set.of()));
        assertThrows(IllegalArgumentException.class, () -> new MatrixThresholds.Health(d("1.01")));
        assertThrows(NullPointerException.class, () -> new MatrixThresholds.HotSelling(90, 50, null, d("0")));
        assertThrows(IllegalArgumentException.class, () -> new MatrixThresholds(0, D.traffic(), D.hotSelling(),
                D.event(), D.image(), D.wordOfMouth(), D.crossSell(), D.profit(), D.types(), D.health(),
                D.priority(), D.presaleRoles()));
    }

    @Test
    void priorityMustListEveryRuleRoleOnce() {
        assertThrows(IllegalArgumentException.class, () -> D.withPriority(D.priority().subList(0, 6)));
        assertThrows(IllegalArgumentException.class, () -> D.withPriority(List.of(Role.TRAFFIC, Role.TRAFFIC,
                Role.EVENT, Role.IMAGE, Role.WORD_OF_MOUTH, Role.CROSS_SELL, Role.PROFIT)));
        assertThrows(IllegalArgumentException.class, () -> D.withPriority(List.of(Role.REGULAR, Role.HOT_SELLING,
                Role.EVENT, Role.IMAGE, Role.WORD_OF_MOUTH, Role.CROSS_SELL, Role.PROFIT)));
    }

    @Test
    void presaleCanBeSwitchedOff() {
        assertEquals(Set.of(), D.withPresaleRoles(Set.of()).presaleRoles());
    }
}
