package dev.shelfwise.stack.chaos;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static dev.shelfwise.stack.chaos.Orders.order;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The recomputation of clearance-service's measured sales per SKU and channel. */
class ClearanceFiguresTest {

    @Test
    void linesUnitsAndGrossProfitPerChannelWithinTheWindow() {
        List<ChaosOrder> orders = List.of(
                order("O1", "C1", "2026-03-02T10:00:00Z", "ads:spring", "A:x:2:10.00:4.00:5.00"),
                order("O2", "C2", "2026-03-03T10:00:00Z", "ads:spring", "A:x:1:10.00:4.00"),
                order("O3", "C3", "2026-03-03T11:00:00Z", "onsite", "A:x:1:10.00", "B:x:1:2.00:1.50"),
                order("O4", "C4", "2026-02-20T11:00:00Z", "onsite", "A:x:9:10.00:4.00"));
        ClearanceFigures figures = new ClearanceFigures(orders, ZoneOffset.UTC, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 7));
        // ads:spring: (20.00 - 5.00 - 8.00) + (10.00 - 4.00); onsite: no unit cost known, counted as 0
        assertEquals(Map.of("ads:spring", new ClearanceFigures.Measured(2, 3, new BigDecimal("13.00")),
                "onsite", new ClearanceFigures.Measured(1, 1, new BigDecimal("10.00"))), figures.channels("A"));
        assertEquals(Map.of("onsite", new ClearanceFigures.Measured(1, 1, new BigDecimal("0.50"))), figures.channels("B"));
        assertEquals(Map.of(), figures.channels("Z"));
    }
}
