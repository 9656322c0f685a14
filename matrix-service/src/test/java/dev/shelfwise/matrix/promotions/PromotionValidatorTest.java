package dev.shelfwise.matrix.promotions;

import dev.shelfwise.contracts.Promotion;
import dev.shelfwise.matrix.web.FieldError;
import dev.shelfwise.matrix.web.InvalidRequestException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The validator's own table; the HTTP answers are checked in PromotionsTest. */
class PromotionValidatorTest {

    @Test
    void aValidBodyBecomesTheContractRecord() {
        Promotion promotion = PromotionValidator.validate("p-1", """
                {"name": " Spring ", "theme": "books", "start": "2026-04-01", "end": "2026-04-01",
                 "goal": "new-customers", "coreCount": 0, "auxiliaryCount": 0}""");
        assertEquals(new Promotion("p-1", "Spring", "books", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 1),
                "new-customers", 0, 0), promotion);
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> PromotionValidator.validate(
                "bad id", """
                        {"id": "other", "name": "", "start": "2026-04-02", "end": "2026-04-01", "goal": "growth",
                         "coreCount": -1, "extra": true}"""));
        List<String> fields = e.errors().stream().map(FieldError::field).toList();
        assertEquals(List.of("id", "extra", "id", "name", "end", "goal", "coreCount", "auxiliaryCount"), fields);
        assertTrue(e.errors().get(4).message().contains("before start"), e.errors().toString());
    }

    @Test
    void aBodyThatIsNotAJsonObjectIsOneError() {
        for (String body : new String[] {null, "", "[1]", "{\"name\": "}) {
            InvalidRequestException e = assertThrows(InvalidRequestException.class,
                    () -> PromotionValidator.validate("p", body));
            assertEquals("body", e.errors().get(0).field(), String.valueOf(body));
        }
    }
}
