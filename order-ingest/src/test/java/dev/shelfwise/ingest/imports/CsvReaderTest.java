package dev.shelfwise.ingest.imports;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvReaderTest {

    private static List<CsvReader.Record> read(String text) {
        CsvReader reader = new CsvReader(text);
        List<CsvReader.Record> records = new ArrayList<>();
        for (CsvReader.Record record = reader.next(); record != null; record = reader.next()) {
            records.add(record);
        }
        return records;
    }

    /** One record each: the text (\n written as ⏎) and its fields joined by |. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "a,b,c                          | a/b/c",
            "a,,c                           | a//c",
            "`\"a,b\",c`                    | a,b/c",
            "`\"say \"\"hi\"\"\",x`         | say \"hi\"/x",
            "`\"two⏎lines\",x`              | two⏎lines/x",
            "`\"\",x`                       | /x",
            "`a\"b,c`                       | a\"b/c",
            "`a,b,`                         | a/b/",
    })
    void fieldsAreReadAsRfc4180Says(String text, String fields) {
        List<CsvReader.Record> records = read(text.replace("⏎", "\n"));
        assertEquals(1, records.size());
        assertEquals(List.of(fields.replace("⏎", "\n").split("/", -1)), records.get(0).fields());
    }

    @Test
    void recordsKnowTheLineTheyStartOnAcrossQuotedLineBreaksCrlfAndBlankLines() {
        List<CsvReader.Record> records = read("\uFEFFh1,h2\r\n\"a\nb\nc\",1\r\n\r\nx,2\ny,3");
        assertEquals(List.of(1L, 2L, 6L, 7L), records.stream().map(CsvReader.Record::line).toList());
        assertEquals(List.of("h1", "h2"), records.get(0).fields(), "the byte-order mark is not part of the first name");
        assertEquals("a\nb\nc", records.get(1).fields().get(0));
    }

    @Test
    void textAfterAClosingQuoteBreaksOnlyThatRecord() {
        List<CsvReader.Record> records = read("a,1\n\"b\"x,2\nc,3\n");
        assertEquals(3, records.size());
        assertTrue(records.get(1).isBroken());
        assertEquals(2, records.get(1).line());
        assertTrue(records.get(1).problem().contains("closing quote"), records.get(1).problem());
        assertEquals(List.of("c", "3"), records.get(2).fields(), "reading goes on at the next line");
    }

    @Test
    void aQuoteNeverClosedBreaksTheRestWithTheLineWhereItOpened() {
        List<CsvReader.Record> records = read("a,1\nb,\"2\nc,3\n");
        assertEquals(2, records.size());
        assertTrue(records.get(1).isBroken());
        assertEquals(2, records.get(1).line());
        assertTrue(records.get(1).problem().contains("never closed"), records.get(1).problem());
        assertNull(records.get(1).fields());
    }
}
