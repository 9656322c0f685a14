package dev.shelfwise.metrics.rollups;

import dev.shelfwise.contracts.OrderEvent;
import dev.shelfwise.contracts.OrderLine;
import dev.shelfwise.contracts.RefundEvent;
import dev.shelfwise.contracts.RefundLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RollupCalculatorTest {
    private static final LocalDate APRIL_3 = LocalDate.of(2019, 4, 3);
    private final RollupCalculator calculator = new RollupCalculator(ZoneId.of("UTC"), RefundAttribution.ORDER_DAY);

    private static OrderEvent order(String id, String customer, String placedAt, Boolean newCustomer, OrderLine... lines) {
        return new OrderEvent(id, "p", customer, OffsetDateTime.parse(placedAt), "USD", "onsite", newCustomer, List.of(lines));
    }

    private static OrderLine line(String sku, String category, int quantity, String price) {
        return new OrderLine(sku, category, quantity, new BigDecimal(price), null, null);
    }

    private static ParkedRefund refund(String orderId, String at, String sku, String amount) {
        return new ParkedRefund("refund:p:R-" + orderId, new RefundEvent(orderId, "R-" + orderId, "p",
                OffsetDateTime.parse(at), List.of(new RefundLine(sku, 1, new BigDecimal(amount)))));
    }

    private static RollupDeltas.CategoryCounts category(RollupDeltas deltas, String category, LocalDate day) {
        return deltas.categoryDays().get(new RollupDeltas.CategoryDay(category, day));
    }

    @Test
    void anOrderCountsOncePerCategoryAndItsLinesAddUp() {
        RollupDeltas deltas = calculator.calculate(List.of(order("O1", "C1", "2019-04-03T10:00:00Z", null,
                line("B1", "books", 2, "10.00"), line("B2", "books", 1, "5.50"), line("T1", "toys", 1, "20"))),
                List.of(), Map.of(), Map.of());
        RollupDeltas.CategoryCounts books = category(deltas, "books", APRIL_3);
        assertEquals(1, books.orders);
        assertEquals(1, books.newCustomerOrders);
        assertEquals(new BigDecimal("25.50"), books.sales);
        assertEquals(3, books.units);
        assertEquals(1, category(deltas, "toys", APRIL_3).orders);
        assertEquals(1, deltas.siteDays().get(APRIL_3).orders);
        assertEquals(2, deltas.customerCategoryDays().size());
        assertEquals(3, deltas.orderLines().size());
        assertEquals(List.of("books", "toys"), deltas.firstOrders().get("C1").categories());
    }

    @Test
    void aDayIsCutInTheShopsTimeZone() {
        RollupCalculator shanghai = new RollupCalculator(ZoneId.of("Asia/Shanghai"), RefundAttribution.ORDER_DAY);
        RollupDeltas deltas = shanghai.calculate(List.of(order("O1", "C1", "2019-04-02T20:00:00Z", null,
                line("B1", "books", 1, "10"))), List.of(), Map.of(), Map.of());
        assertEquals(1, category(deltas, "books", APRIL_3).orders);
    }

    @Test
    void onlyTheFirstOrderOfACustomerIsNew() {
        RollupDeltas deltas = calculator.calculate(List.of(
                order("O2", "C1", "2019-04-03T12:00:00Z", null, line("B1", "books", 1, "10")),
                order("O1", "C1", "2019-04-03T10:00:00Z", null, line("B1", "books", 1, "10"))), List.of(), Map.of(), Map.of());
        assertEquals(2, category(deltas, "books", APRIL_3).orders);
        assertEquals(1, category(deltas, "books", APRIL_3).newCustomerOrders);
        assertEquals("O1", deltas.firstOrders().get("C1").orderId());
    }

    @Test
    void anEarlierOrderArrivingLateTakesOverAndTheFormerFirstIsWithdrawn() {
        FirstOrder stored = new FirstOrder("C1", "p", "O2", OffsetDateTime.parse("2019-05-01T10:00:00Z"),
                LocalDate.of(2019, 5, 1), List.of("toys"), true);
        RollupDeltas deltas = calculator.calculate(List.of(order("O1", "C1", "2019-04-03T10:00:00Z", null,
                line("B1", "books", 1, "10"))), List.of(), Map.of("C1", stored), Map.of());
        assertEquals(1, category(deltas, "books", APRIL_3).newCustomerOrders);
        assertEquals(-1, category(deltas, "toys", LocalDate.of(2019, 5, 1)).newCustomerOrders);
        assertEquals(0, category(deltas, "toys", LocalDate.of(2019, 5, 1)).orders);
        assertEquals(-1, deltas.siteDays().get(LocalDate.of(2019, 5, 1)).newCustomerOrders);
        assertEquals("O1", deltas.firstOrders().get("C1").orderId());
    }

    @ParameterizedTest(name = "flag {0}, earlier stored: {1} -> new {2}")
    @CsvSource({
            "true,  true,  1",   // the platform says new even though an earlier order exists
            "false, false, 0",   // the platform says returning although it is the first seen
            ",      true,  0",   // derived: an earlier order exists
            ",      false, 1",   // derived: first seen
    })
    void aPlatformFlagWinsOverDerivation(Boolean flag, boolean earlierStored, int expectedNew) {
        Map<String, FirstOrder> known = earlierStored
                ? Map.of("C1", new FirstOrder("C1", "p", "O0", OffsetDateTime.parse("2019-01-01T00:00:00Z"),
                LocalDate.of(2019, 1, 1), List.of("books"), true))
                : Map.of();
        RollupDeltas deltas = calculator.calculate(List.of(order("O1", "C1", "2019-04-03T10:00:00Z", flag,
                line("B1", "books", 1, "10"))), List.of(), known, Map.of());
        assertEquals(expectedNew, category(deltas, "books", APRIL_3).newCustomerOrders);
    }

    @Test
    void aFlaggedFirstOrderIsNeverWithdrawn() {
        FirstOrder flagged = new FirstOrder("C1", "p", "O2", OffsetDateTime.parse("2019-05-01T10:00:00Z"),
                LocalDate.of(2019, 5, 1), List.of("toys"), false);
        RollupDeltas deltas = calculator.calculate(List.of(order("O1", "C1", "2019-04-03T10:00:00Z", null,
                line("B1", "books", 1, "10"))), List.of(), Map.of("C1", flagged), Map.of());
        assertFalse(deltas.categoryDays().containsKey(new RollupDeltas.CategoryDay("toys", LocalDate.of(2019, 5, 1))));
    }

    @ParameterizedTest
    @CsvSource({"ORDER_DAY, 2019-04-03", "REFUND_DAY, 2019-04-10"})
    void aRefundReducesSalesOnTheConfiguredDay(RefundAttribution attribution, LocalDate expectedDay) {
        RollupCalculator refunds = new RollupCalculator(ZoneId.of("UTC"), attribution);
        RollupDeltas deltas = refunds.calculate(List.of(order("O1", "C1", "2019-04-03T10:00:00Z", null,
                line("B1", "books", 2, "10.00"))), List.of(refund("O1", "2019-04-10T09:00:00Z", "B1", "10.00")),
                Map.of(), Map.of());
        BigDecimal expected = expectedDay.equals(APRIL_3) ? new BigDecimal("10.00") : new BigDecimal("-10.00");
        assertEquals(0, expected.compareTo(category(deltas, "books", expectedDay).sales));
        assertEquals(1, category(deltas, "books", APRIL_3).orders, "refunds never change order counts");
        RollupDeltas.SkuCounts sku = deltas.skuDays().get(new RollupDeltas.SkuDay("B1", expectedDay));
        assertEquals(new BigDecimal("10.00"), sku.refundedAmount);
        assertEquals(1, sku.refundedUnits);
    }

    @Test
    void aRefundOfAStoredOrderUsesItsStoredLines() {
        OrderLineFact stored = new OrderLineFact("p", "O1", "B1", "books", APRIL_3, 2, new BigDecimal("20"));
        RollupDeltas deltas = calculator.calculate(List.of(), List.of(refund("O1", "2019-04-10T09:00:00Z", "B1", "7.5")),
                Map.of(), Map.of(new OrderKey("p", "O1"), List.of(stored)));
        assertEquals(new BigDecimal("-7.5"), category(deltas, "books", APRIL_3).sales);
        assertTrue(deltas.unparked().contains("refund:p:R-O1"));
    }

    @Test
    void aRefundBeforeItsOrderIsParkedNotDropped() {
        RollupDeltas deltas = calculator.calculate(List.of(), List.of(refund("O9", "2019-04-10T09:00:00Z", "B1", "5")),
                Map.of(), Map.of());
        assertEquals(List.of("refund:p:R-O9"), List.copyOf(deltas.parked().keySet()));
        assertTrue(deltas.categoryDays().isEmpty());
    }

    @Test
    void aRefundLineForASkuNotInTheOrderIsCountedNotApplied() {
        RollupDeltas deltas = calculator.calculate(List.of(order("O1", "C1", "2019-04-03T10:00:00Z", null,
                line("B1", "books", 1, "10"))), List.of(refund("O1", "2019-04-10T09:00:00Z", "X9", "5")), Map.of(), Map.of());
        assertEquals(1, deltas.unmatchedRefundLines());
        assertEquals(new BigDecimal("10"), category(deltas, "books", APRIL_3).sales);
    }
}
