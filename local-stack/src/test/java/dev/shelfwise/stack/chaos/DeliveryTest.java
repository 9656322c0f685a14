package dev.shelfwise.stack.chaos;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static dev.shelfwise.stack.chaos.Orders.order;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Lost, duplicated and resubmitted copies of one order on orders.v1. */
class DeliveryTest {

    @ParameterizedTest(name = "acknowledged {0}, {1} possible writes, {2} copies: lost {3}, duplicates {4}, resent {5}")
    @CsvSource({
            // acknowledged, attempts that may have written it, copies on the topic, lost, duplicates, resent, unacked found
            "true,  1, 1, 0, 0, 0, 0",  // the normal case
            "true,  1, 0, 1, 0, 0, 0",  // acknowledged and not there: lost
            "true,  1, 2, 0, 1, 0, 0",  // written twice by one request: a duplicate
            "true,  3, 2, 0, 0, 1, 0",  // an unanswered attempt wrote it, the re-post again: a resubmission
            "true,  2, 3, 0, 1, 1, 0",  // more copies than attempts
            "false, 1, 1, 0, 0, 0, 1",  // never acknowledged, there anyway: counted, not lost
            "false, 0, 0, 0, 0, 0, 0",  // refused every time: never written
    })
    void oneOrder(boolean acknowledged, int possibleWrites, int copies, long lost, long duplicates, long resent,
                  long unacknowledgedFound) {
        ChaosOrder order = order("O1", "C1", "2026-03-02T10:00:00Z", "onsite", "A:x:1:1.00");
        Delivery delivery = Delivery.of(List.of(new OrderFeed.Sent(order, acknowledged, possibleWrites)),
                copies == 0 ? Map.of() : Map.of("order:demo:O1", copies));
        assertEquals(lost, delivery.lost());
        assertEquals(duplicates, delivery.duplicates());
        assertEquals(resent, delivery.resent());
        assertEquals(unacknowledgedFound, delivery.unacknowledgedFound());
        assertEquals(acknowledged && copies > 0 ? 1 : 0, delivery.found());
    }
}
