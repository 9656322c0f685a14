package dev.shelfwise.ingest.connectors;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrderDraftTest {

    /** Two platform lines of one SKU become one v1 line whose net amount is exactly theirs. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            // why                        | qty1 | gross1 | disc1 | qty2 | gross2 | disc2 | unitPrice | discount
            "same price                   | 1    | 25.00  | NULL  | 2    | 50.00  | 5.00  | 25.00     | 5.00",
            "two prices, exact mean       | 1    | 20.00  | NULL  | 1    | 30.00  | NULL  | 25.00     | NULL",
            "mean not exact: price rounded up, excess as discount | 1 | 10.00 | NULL | 2 | 40.00 | NULL | 16.666667 | 0.000001",
    })
    void linesOfOneSkuAreMerged(String why, String qty1, String gross1, String disc1, String qty2, String gross2,
                                String disc2, BigDecimal unitPrice, BigDecimal discount) {
        OrderDraft draft = new OrderDraft("O-1", "C-1", "2026-05-12T09:30:00Z", "USD", "onsite");
        draft.addLine("SKU-1", "books", qty1, gross1, disc1);
        draft.addLine("SKU-1", "books", qty2, gross2, disc2);
        JsonNode lines = draft.toEvent().item().get("lines");
        assertEquals(1, lines.size(), why);
        JsonNode line = lines.get(0);
        assertEquals(0, unitPrice.compareTo(line.get("unitPrice").decimalValue()), why);
        assertEquals(discount == null, !line.has("discount"), why);
        if (discount != null) {
            assertEquals(0, discount.compareTo(line.get("discount").decimalValue()), why);
        }
        BigDecimal net = line.get("unitPrice").decimalValue().multiply(line.get("quantity").decimalValue())
                .subtract(line.has("discount") ? line.get("discount").decimalValue() : BigDecimal.ZERO);
        BigDecimal expected = new BigDecimal(gross1).add(new BigDecimal(gross2))
                .subtract(disc1 == null ? BigDecimal.ZERO : new BigDecimal(disc1))
                .subtract(disc2 == null ? BigDecimal.ZERO : new BigDecimal(disc2));
        assertEquals(0, expected.compareTo(net), why + ": net amount kept exactly");
    }

    @ParameterizedTest(name = "quantity {0}, gross {1}")
    @CsvSource(nullValues = "NULL", value = {"two, 25.00", "0, 25.00", "1, abc"})
    void anUnreadableLineIsKeptAsFoundForTheValidator(String quantity, String gross) {
        OrderDraft draft = new OrderDraft("O-1", "C-1", "2026-05-12T09:30:00Z", "USD", "onsite");
        draft.addLine("SKU-1", "books", quantity, gross, null);
        JsonNode line = draft.toEvent().item().get("lines").get(0);
        assertTrue(line.has("quantity") && line.has("unitPrice"), line.toString());
        assertTrue(draft.shares().isEmpty(), "an unreadable line has no share in a refund");
    }
}
