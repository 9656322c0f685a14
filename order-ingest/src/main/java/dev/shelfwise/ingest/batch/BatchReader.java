package dev.shelfwise.ingest.batch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a request body into its items: a JSON array of objects, or NDJSON (one object per line). Parsing stops
 * at the first syntax error with its line and column; items are returned as trees for field-level validation.
 */
public final class BatchReader {
    /** Events are flat; anything nested deeper than this is hostile or broken. */
    static final int MAX_NESTING_DEPTH = 32;
    /** Longest number literal accepted (digits); larger ones cannot be a price or quantity. */
    static final int MAX_NUMBER_LENGTH = 40;

    private final ObjectMapper mapper;
    private final int maxItems;

    public BatchReader(int maxItems) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        this.mapper = JsonMapper.builder(factory)
                // exact decimals: 0.1 stays 0.1, never a binary double
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build();
        this.maxItems = maxItems;
    }

    /** Reads a JSON array body. Positions are where parsing stopped: at or just after the offending token. */
    public List<JsonNode> readArray(byte[] body) {
        try (JsonParser parser = mapper.createParser(body)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_ARRAY) {
                throw malformed("the body must be a JSON array of events", parser.currentTokenLocation());
            }
            List<JsonNode> items = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                if (parser.currentToken() == null) {
                    throw malformed("unexpected end of input: the array is not closed", parser.currentLocation());
                }
                if (items.size() == maxItems) {
                    throw new BatchTooLargeException(maxItems);
                }
                items.add(mapper.readTree(parser));
            }
            if (parser.nextToken() != null) {
                throw malformed("unexpected content after the closing ']'", parser.currentTokenLocation());
            }
            return items;
        } catch (JsonProcessingException e) {
            throw malformed(e.getOriginalMessage(), e.getLocation());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads an NDJSON body: one JSON value per line, blank lines ignored. */
    public List<JsonNode> readLines(byte[] body) {
        List<JsonNode> items = new ArrayList<>();
        int start = 0;
        long lineNumber = 0;
        while (start < body.length) {
            int end = start;
            while (end < body.length && body[end] != '\n') {
                end++;
            }
            lineNumber++;
            if (!isBlank(body, start, end)) {
                if (items.size() == maxItems) {
                    throw new BatchTooLargeException(maxItems);
                }
                items.add(readLine(body, start, end, lineNumber));
            }
            start = end + 1;
        }
        return items;
    }

    private JsonNode readLine(byte[] body, int start, int end, long lineNumber) {
        try (JsonParser parser = mapper.createParser(body, start, end - start)) {
            JsonNode item = mapper.readTree(parser);
            if (parser.nextToken() != null) {
                throw new MalformedBatchException("line " + lineNumber + ": unexpected content after the JSON value",
                        lineNumber, parser.currentLocation().getColumnNr());
            }
            return item;
        } catch (JsonProcessingException e) {
            long column = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
            throw new MalformedBatchException("line " + lineNumber + ": " + e.getOriginalMessage(), lineNumber, column);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isBlank(byte[] body, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Character.isWhitespace(body[i])) {
                return false;
            }
        }
        return true;
    }

    private static MalformedBatchException malformed(String message, JsonLocation location) {
        long line = location == null ? -1 : location.getLineNr();
        long column = location == null ? -1 : location.getColumnNr();
        return new MalformedBatchException(message, line, column);
    }
}
