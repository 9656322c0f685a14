package dev.shelfwise.stack.chaos;

import dev.shelfwise.stack.bench.OrderGenerator;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The facts read back from the JSON a feed posts are the generator's order. */
class ChaosOrderTest {

    @Test
    void readsAGeneratedOrder() {
        OrderGenerator generator = new OrderGenerator(7, 150, 1500, LocalDate.of(2026, 3, 1), 6, 100, "T-");
        String json = generator.order(42, null, null).json();
        ChaosOrder order = ChaosOrder.parse(json);
        assertEquals("T-42", order.orderId());
        assertEquals("order:demo:T-42", order.eventId());
        assertTrue(json.contains("\"customerId\":\"" + order.customerId() + "\""));
        assertFalse(order.lines().isEmpty());
        assertTrue(json.contains("\"channel\":\"" + order.channel() + "\""));
        ChaosOrder.Line line = order.lines().get(0);
        assertTrue(json.contains("\"sku\":\"" + line.sku() + "\",\"category\":\"" + line.category() + "\""));
        assertTrue(line.net().signum() > 0);
    }

    @Test
    void aMissingChannelIsOnsiteAndMissingMoneyIsNull() {
        ChaosOrder order = ChaosOrder.parse("{\"orderId\": \"O1\", \"customerId\": \"C1\", \"placedAt\": \"2026-03-02T10:00:00Z\","
                + " \"lines\": [{\"sku\": \"A\", \"category\": \"books\", \"quantity\": 3, \"unitPrice\": 2.50}]}");
        assertEquals("onsite", order.channel());
        ChaosOrder.Line line = order.lines().get(0);
        assertEquals(null, line.unitCost());
        assertEquals(new BigDecimal("7.50"), line.net());
        assertEquals(BigDecimal.ZERO, line.cost());
    }
}
