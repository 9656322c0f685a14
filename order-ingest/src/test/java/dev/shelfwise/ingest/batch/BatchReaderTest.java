package dev.shelfwise.ingest.batch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BatchReaderTest {
    private final BatchReader reader = new BatchReader(3);

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsAnArrayOfObjectsWithExactDecimals() {
        var items = reader.readArray(bytes("[{\"a\": 0.1}, {\"b\": 2}]"));
        assertEquals(2, items.size());
        assertEquals("0.1", items.get(0).get("a").decimalValue().toPlainString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{\"a\": 1}                       | 1 | 1  | JSON array",
            "[{\"a\": 1},\\n {\"a\": }]       | 2 | 8  | Unexpected character",
            "[{\"a\": 1}                      | 1 | 10 | end-of-input",
            "[{\"a\": 1}] []                  | 1 | 12 | after the closing",
            "[{\"a\": 1, \"a\": 2}]           | 1 | 14 | Duplicate field",
            "[{\"a\": NaN}]                   | 1 | 11 | Non-standard token",
    })
    void malformedBodiesSayWhere(String body, long line, long column, String reason) {
        MalformedBatchException e = assertThrows(MalformedBatchException.class,
                () -> reader.readArray(bytes(body.replace("\\n", "\n"))));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
        assertEquals(line, e.line(), "line");
        assertEquals(column, e.column(), "column");
    }

    @Test
    void deepNestingIsRefused() {
        String deep = "[" + "[".repeat(100) + "]".repeat(100) + "]";
        MalformedBatchException e = assertThrows(MalformedBatchException.class, () -> reader.readArray(bytes(deep)));
        assertTrue(e.getMessage().contains("nesting depth"), e.getMessage());
    }

    @Test
    void hugeNumbersAreRefused() {
        String huge = "[{\"q\": " + "9".repeat(500) + "}]";
        assertThrows(MalformedBatchException.class, () -> reader.readArray(bytes(huge)));
    }

    @Test
    void moreItemsThanTheLimitIsTooLarge() {
        assertThrows(BatchTooLargeException.class, () -> reader.readArray(bytes("[{}, {}, {}, {}]")));
        assertThrows(BatchTooLargeException.class, () -> reader.readLines(bytes("{}\n{}\n{}\n{}\n")));
        assertEquals(3, reader.readArray(bytes("[{}, {}, {}]")).size());
    }

    @Test
    void readsNdjsonSkippingBlankLines() {
        var items = reader.readLines(bytes("{\"a\": 1}\n\n  \n{\"a\": 2}\r\n"));
        assertEquals(2, items.size());
        assertEquals(2, items.get(1).get("a").intValue());
    }

    @Test
    void ndjsonErrorsNameTheLine() {
        MalformedBatchException e = assertThrows(MalformedBatchException.class,
                () -> reader.readLines(bytes("{\"a\": 1}\n{\"a\": 1}\n{\"a\" 1}\n")));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().startsWith("line 3:"), e.getMessage());
        MalformedBatchException trailing = assertThrows(MalformedBatchException.class,
                () -> reader.readLines(bytes("{\"a\": 1} {\"b\": 2}\n")));
        assertEquals(1, trailing.line());
    }
}
