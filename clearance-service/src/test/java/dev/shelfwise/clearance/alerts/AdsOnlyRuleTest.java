package dev.shelfwise.clearance.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 7 days ending 7 March; 90 units to clear within 90 days of supply: the plan is 1 a day, 7 in the window. The
 * minimum clearance discount is 20 %: a price 8 after 10 is a move, 8.5 is not.
 */
class AdsOnlyRuleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 7);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // clearance | ad days | units | revenue | units before | revenue before | breached | why
            "true        | 7       | 6     | 60      | 10           | 100            | true     ",  // 6 < 7 planned
            "true        | 7       | 7     | 70      | 10           | 100            | false    ",  // on plan
            "true        | 6       | 0     | 0       | 0            | 0              | false    ",  // a day without ads
            "true        | 7       | 5     | 40      | 10           | 100            | false    ",  // price 8: moved
            "true        | 7       | 5     | 42.5    | 10           | 100            | true     ",  // price 8.5: no move
            "true        | 7       | 0     | 0       | 0            | 0              | true     ",  // nothing sells
            "false       | 7       | 0     | 0       | 0            | 0              | false    ",  // not under clearance
    })
    void breachedOnlyWhenAllFourHold(boolean clearance, int adDays, long units, String revenue, long unitsBefore,
                                     String revenueBefore, boolean breached) {
        Set<LocalDate> days = IntStream.range(0, adDays).mapToObj(TODAY::minusDays).collect(Collectors.toSet());

        AdsOnlyRule rule = AdsOnlyRule.check(clearance, 90, days, TODAY, 7, units, new BigDecimal(revenue),
                unitsBefore, new BigDecimal(revenueBefore), new BigDecimal("0.20"), 90);

        assertEquals(breached, rule.breached());
        assertEquals(0, new BigDecimal("7").compareTo(rule.plannedUnits()));
    }
}
