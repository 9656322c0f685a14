package dev.shelfwise.matrix.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What a matrix request's {@code limit} and {@code offset} select of five SKUs, or which of them is refused. */
class PageRequestTest {
    private static final int DEFAULT_LIMIT = 2;
    private static final int MAX_LIMIT = 4;
    private static final List<String> SKUS = List.of("a", "b", "c", "d", "e");

    @ParameterizedTest(name = "limit={0} offset={1} -> {2}")
    @CsvSource(nullValues = "none", value = {
            // sent          selected or refused
            "none, none,     a b",
            "' ',  '',       a b",
            "1,    0,        a",
            "4,    1,        b c d e",
            "4,    3,        d e",
            "2,    5,        ''",
            "1,    99,       ''",
            "0,    none,     refused: limit",
            "5,    none,     refused: limit",
            "-1,   none,     refused: limit",
            "all,  none,     refused: limit",
            "none, -1,       refused: offset",
            "none, 1e3,      refused: offset",
            "0,    -1,       refused: limit offset"})
    void selectsOrRefuses(String limit, String offset, String expected) {
        if (expected.startsWith("refused: ")) {
            InvalidRequestException refused = assertThrows(InvalidRequestException.class,
                    () -> PageRequest.of(limit, offset, DEFAULT_LIMIT, MAX_LIMIT));
            assertEquals(List.of(expected.substring("refused: ".length()).split(" ")),
                    refused.errors().stream().map(FieldError::field).toList());
            return;
        }
        List<String> selected = PageRequest.of(limit, offset, DEFAULT_LIMIT, MAX_LIMIT).of(SKUS);
        assertEquals(expected.isEmpty() ? List.of() : List.of(expected.split(" ")), selected);
    }

    @ParameterizedTest(name = "limit={0} -> {1}")
    @CsvSource({"9, 'limit: must be a whole number from 1 to 4'", "x, 'limit: must be a whole number from 1 to 4'"})
    void saysTheAllowedRange(String limit, String message) {
        assertEquals(message, assertThrows(InvalidRequestException.class,
                () -> PageRequest.of(limit, null, DEFAULT_LIMIT, MAX_LIMIT)).getMessage());
    }
}
