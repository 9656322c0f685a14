package dev.shelfwise.ingest.connectors;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;

/** Lenient reads of platform payload fields: a missing, null or blank field reads as null, never as an error. */
public final class PayloadFields {
    private PayloadFields() {
    }

    /** The field as text (numbers as their digits), or null. */
    public static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        String text = value.asText();
        return text.isBlank() ? null : text.strip();
    }

    /** The first of the fields that has text. */
    public static String firstText(JsonNode node, String... fields) {
        for (String field : fields) {
            String text = text(node, field);
            if (text != null) {
                return text;
            }
        }
        return null;
    }

    /** A decimal field (number or decimal string), or null when missing or not a number. */
    public static BigDecimal decimal(JsonNode node, String field) {
        return decimal(text(node, field));
    }

    public static BigDecimal decimal(String text) {
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A whole number, or null when missing or not one. */
    public static Long whole(String text) {
        BigDecimal number = decimal(text);
        if (number == null) {
            return null;
        }
        try {
            return number.longValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    /** The elements of an array field; empty when missing or not an array. */
    public static Iterable<JsonNode> elements(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && value.isArray() ? value : java.util.List.of();
    }

    /**
     * An ISO-8601 timestamp with offset. WooCommerce's {@code *_gmt} fields are UTC without an offset
     * ({@code 2022-03-10T14:22:31}): they get {@code Z}. Anything else is passed on for the validator to judge.
     */
    public static String utcTimestamp(String text) {
        if (text == null) {
            return null;
        }
        boolean hasOffset = text.endsWith("Z") || text.matches(".*T.*[+-]\\d\\d:?\\d\\d$");
        return hasOffset ? text : text + "Z";
    }
}
