package dev.shelfwise.clearance.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

class PageTest {

    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 500;

    @ParameterizedTest(name = "limit={0} offset={1} -> offset {2}, limit {3}")
    @CsvSource(nullValues = "absent", value = {
            "absent, absent, 0,  50",
            "'',     '',     0,  50",
            "1,      0,      0,  1",
            "500,    absent, 0,  500",
            "' 20 ', 40,     40, 20",
            "absent, 2000000000, 2000000000, 50"})
    void readsLimitAndOffsetWithTheDefaults(String limit, String offset, int expectedOffset, int expectedLimit) {
        assertEquals(new Page(expectedOffset, expectedLimit), Page.of(limit, offset, DEFAULT_LIMIT, MAX_LIMIT));
    }

    @ParameterizedTest(name = "limit={0} offset={1} -> 400 on {2}")
    @CsvSource(nullValues = "absent", value = {
            "0,      absent, limit",
            "501,    absent, limit",
            "-1,     absent, limit",
            "ten,    absent, limit",
            "2.5,    absent, limit",
            "99999999999, absent, limit",
            "absent, -1,     offset",
            "absent, first,  offset"})
    void aValueOutOfRangeIsRefusedNamingTheParameter(String limit, String offset, String field) {
        BadInputException refused = assertThrows(BadInputException.class,
                () -> Page.of(limit, offset, DEFAULT_LIMIT, MAX_LIMIT));
        assertEquals(List.of(field), refused.errors().stream().map(error -> error.field()).toList());
        assertTrue(refused.getMessage().startsWith(field + " must be a whole number"), refused.getMessage());
    }

    @Test
    void bothBadAreBothNamed() {
        BadInputException refused = assertThrows(BadInputException.class, () -> Page.of("0", "-3", DEFAULT_LIMIT, MAX_LIMIT));
        assertEquals(List.of("limit", "offset"), refused.errors().stream().map(error -> error.field()).toList());
        assertEquals("limit must be a whole number from 1 to 500, was '0'; offset must be a whole number of at least 0,"
                + " was '-3'", refused.getMessage());
    }

    @ParameterizedTest(name = "offset {0}, limit {1} of five -> {2}")
    @CsvSource({
            "0, 2,  a b",
            "2, 2,  c d",
            "4, 2,  e",
            "5, 2,  ''",
            "9, 2,  ''",
            "0, 10, a b c d e"})
    void slicesTheList(int offset, int limit, String expected) {
        List<String> all = List.of("a", "b", "c", "d", "e");
        assertEquals(expected.isEmpty() ? List.of() : List.of(expected.split(" ")), new Page(offset, limit).slice(all));
    }
}
