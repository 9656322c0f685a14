package dev.shelfwise.ingest.connectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RefundAllocationTest {
    private static final List<RefundAllocation.LineShare> ORDER = List.of(
            new RefundAllocation.LineShare("LS-BLUE-M", 2, new BigDecimal("45.00")),
            new RefundAllocation.LineShare("MUG-11", 1, new BigDecimal("40.00")));

    /** refunded | LS amount, units | MUG amount, units */
    @ParameterizedTest(name = "{0} refunded")
    @CsvSource({
            "85.00, 45.00, 2, 40.00, 1",   // the whole order: every line exactly
            "100.00, 45.00, 2, 40.00, 1",  // more than the goods (shipping too): still the goods only
            "40.00, 21.18, 1, 18.82, 1",   // 40 × 45/85 = 21.176 → 21.18, the rest 18.82; under half a unit still names one
            "8.50, 4.50, 1, 4.00, 1",      // a tenth of each; at least one unit per line refunded
            "0.01, 0.01, 1, 0.00, 0",      // a single cent falls on the larger line only
    })
    void theAmountIsSpreadByNetAmountToTheCent(BigDecimal refunded, BigDecimal shirtAmount, long shirtUnits,
                                               BigDecimal mugAmount, long mugUnits) {
        List<RefundAllocation.RefundedLine> lines = RefundAllocation.spread(refunded, ORDER);
        BigDecimal total = lines.stream().map(RefundAllocation.RefundedLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, total.compareTo(refunded.min(new BigDecimal("85.00"))), "nothing lost or added");
        assertEquals(0, shirtAmount.compareTo(lines.get(0).amount()));
        assertEquals(shirtUnits, lines.get(0).quantity());
        if (mugAmount.signum() == 0) {
            assertEquals(1, lines.size(), "a line with nothing refunded is left out");
        } else {
            assertEquals(0, mugAmount.compareTo(lines.get(1).amount()));
            assertEquals(mugUnits, lines.get(1).quantity());
        }
    }

    @Test
    void nothingToSpreadGivesNoLines() {
        assertTrue(RefundAllocation.spread(null, ORDER).isEmpty());
        assertTrue(RefundAllocation.spread(BigDecimal.ZERO, ORDER).isEmpty());
        assertTrue(RefundAllocation.spread(BigDecimal.TEN, List.of()).isEmpty());
    }
}
