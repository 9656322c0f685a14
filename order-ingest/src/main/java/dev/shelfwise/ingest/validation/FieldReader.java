package dev.shelfwise.ingest.validation;

import dev.shelfwise.contracts.Identifiers;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the fields of one JSON object and records a {@link FieldError} (with the field's full path) for every
 * problem, so a caller learns everything wrong with an event at once instead of one error per attempt.
 * Every read returns {@code null} when the field is missing or invalid.
 */
final class FieldReader {
    private static final Set<String> CURRENCIES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());

    private final JsonNode node;
    private final String path;
    private final List<FieldError> errors;
    private final ValidationRules rules;

    private FieldReader(JsonNode node, String path, List<FieldError> errors, ValidationRules rules) {
        this.node = node;
        this.path = path;
        this.errors = errors;
        this.rules = rules;
    }

    /** A reader for a top-level event; reports any field not in {@code known}. */
    static FieldReader of(JsonNode node, Set<String> known, List<FieldError> errors, ValidationRules rules) {
        FieldReader reader = new FieldReader(node, "", errors, rules);
        reader.rejectUnknown(known);
        return reader;
    }

    /** True while nothing read so far (in this event, nested readers included) was wrong. */
    boolean isValid() {
        return errors.isEmpty();
    }

    boolean hasField(String name) {
        return isObject() && node.has(name);
    }

    boolean isObject() {
        return node != null && node.isObject();
    }

    String path(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    void error(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    private void rejectUnknown(Set<String> known) {
        if (!isObject()) {
            error(path.isEmpty() ? "$" : path, "must be a JSON object");
            return;
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                error(path(name), "unknown field (expected one of " + known.stream().sorted().toList() + ")");
            }
        }
    }

    private JsonNode present(String name, boolean required) {
        JsonNode value = isObject() ? node.get(name) : null;
        if (value == null || value.isNull()) {
            if (required) {
                error(path(name), "is required");
            }
            return null;
        }
        return value;
    }

    String id(String name, boolean required) {
        return text(name, required, ValidationRules.MAX_ID_LENGTH);
    }

    String text(String name, boolean required, int maxLength) {
        JsonNode value = present(name, required);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            error(path(name), "must be a string");
            return null;
        }
        return checkedText(path(name), value.asText(), maxLength);
    }

    private String checkedText(String field, String text, int maxLength) {
        if (text.isBlank()) {
            error(field, "must not be blank");
            return null;
        }
        if (text.length() > maxLength) {
            error(field, "must be at most " + maxLength + " characters");
            return null;
        }
        if (Identifiers.hasInvisibleCharacters(text)) {
            error(field, "must not contain control or invisible characters");
            return null;
        }
        return text;
    }

    /** A text that must match a pattern, e.g. a channel name. */
    String matching(String name, boolean required, Pattern pattern, String expected) {
        String text = id(name, required);
        if (text != null && !pattern.matcher(text).matches()) {
            error(path(name), "must be " + expected);
            return null;
        }
        return text;
    }

    /** A whole number of at least {@code min}. */
    Long count(String name, boolean required, long min) {
        JsonNode value = present(name, required);
        if (value == null) {
            return null;
        }
        return checkedCount(path(name), value, min);
    }

    private Long checkedCount(String field, JsonNode value, long min) {
        if (!value.isNumber()) {
            error(field, "must be a number");
            return null;
        }
        if (!value.isIntegralNumber() && !isWholeDecimal(value)) {
            error(field, "must be a whole number");
            return null;
        }
        BigDecimal number = value.decimalValue();
        if (number.compareTo(BigDecimal.valueOf(min)) < 0) {
            error(field, min == 1 ? "must be greater than 0" : "must be at least " + min);
            return null;
        }
        if (number.compareTo(BigDecimal.valueOf(ValidationRules.MAX_COUNT)) > 0) {
            error(field, "must be at most " + ValidationRules.MAX_COUNT);
            return null;
        }
        return number.longValueExact();
    }

    private static boolean isWholeDecimal(JsonNode value) {
        return value.isBigDecimal() && value.decimalValue().stripTrailingZeros().scale() <= 0;
    }

    /** A non-negative amount of money, as a JSON number or a decimal string. */
    BigDecimal money(String name, boolean required) {
        return decimal(name, required, BigDecimal.ZERO, BigDecimal.valueOf(ValidationRules.MAX_MONEY));
    }

    /** A decimal number in [min, max], as a JSON number or a decimal string. */
    BigDecimal decimal(String name, boolean required, BigDecimal min, BigDecimal max) {
        JsonNode value = present(name, required);
        if (value == null) {
            return null;
        }
        BigDecimal number;
        if (value.isNumber()) {
            number = value.decimalValue();
        } else if (value.isTextual()) {
            try {
                number = new BigDecimal(value.asText().strip());
            } catch (NumberFormatException e) {
                error(path(name), "must be a decimal number, e.g. \"19.99\"");
                return null;
            }
        } else {
            error(path(name), "must be a number or a decimal string");
            return null;
        }
        if (number.compareTo(min) < 0 || number.compareTo(max) > 0) {
            error(path(name), "must be between " + min.toPlainString() + " and " + max.toPlainString());
            return null;
        }
        if (number.stripTrailingZeros().scale() > ValidationRules.MAX_MONEY_SCALE) {
            error(path(name), "must have at most " + ValidationRules.MAX_MONEY_SCALE + " decimals");
            return null;
        }
        return number;
    }

    Boolean bool(String name) {
        JsonNode value = present(name, false);
        if (value == null) {
            return null;
        }
        if (!value.isBoolean()) {
            error(path(name), "must be true or false");
            return null;
        }
        return value.booleanValue();
    }

    String currency(String name) {
        String code = id(name, true);
        if (code != null && !CURRENCIES.contains(code)) {
            error(path(name), "must be an ISO 4217 currency code such as EUR or USD, not '" + code + "'");
            return null;
        }
        return code;
    }

    /** An ISO-8601 timestamp with offset, not before the earliest allowed and not in the future. */
    OffsetDateTime timestamp(String name, boolean required) {
        return timestamp(name, required, false);
    }

    /** Like {@link #timestamp} but a plain date ({@code 2026-04-01}) is also accepted, as midnight UTC. */
    OffsetDateTime timestampOrDate(String name, boolean required) {
        return timestamp(name, required, true);
    }

    private OffsetDateTime timestamp(String name, boolean required, boolean dateAllowed) {
        JsonNode value = present(name, required);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            error(path(name), "must be an ISO-8601 timestamp string");
            return null;
        }
        OffsetDateTime at;
        try {
            at = dateAllowed && value.asText().length() == 10
                    ? LocalDate.parse(value.asText()).atStartOfDay().atOffset(ZoneOffset.UTC)
                    : OffsetDateTime.parse(value.asText());
        } catch (DateTimeParseException e) {
            error(path(name), "must be an ISO-8601 timestamp with offset, e.g. 2026-04-01T10:15:00+08:00");
            return null;
        }
        return inRange(path(name), at);
    }

    private OffsetDateTime inRange(String field, OffsetDateTime at) {
        OffsetDateTime latest = OffsetDateTime.now(rules.clock()).plus(rules.maxFutureSkew());
        if (at.isAfter(latest)) {
            error(field, "is in the future (more than " + rules.maxFutureSkew() + " ahead of the server clock)");
            return null;
        }
        if (at.isBefore(rules.earliest())) {
            error(field, "is before " + rules.earliest().toLocalDate());
            return null;
        }
        return at;
    }

    /** A calendar day {@code YYYY-MM-DD}, within the same range as timestamps. */
    LocalDate date(String name, boolean required) {
        JsonNode value = present(name, required);
        if (value == null) {
            return null;
        }
        LocalDate date;
        try {
            date = value.isTextual() ? LocalDate.parse(value.asText()) : null;
        } catch (DateTimeParseException e) {
            date = null;
        }
        if (date == null) {
            error(path(name), "must be a date YYYY-MM-DD");
            return null;
        }
        return inRange(path(name), date.atStartOfDay().atOffset(ZoneOffset.UTC)) == null ? null : date;
    }

    /** A list of ids, each checked like {@link #id}. */
    List<String> ids(String name, boolean required, int maxItems, Predicate<String> allowed, String allowedText) {
        JsonNode value = present(name, required);
        if (value == null) {
            return null;
        }
        if (!value.isArray()) {
            error(path(name), "must be an array of strings");
            return null;
        }
        if (required && value.isEmpty()) {
            error(path(name), "must not be empty");
            return null;
        }
        if (value.size() > maxItems) {
            error(path(name), "must have at most " + maxItems + " items");
            return null;
        }
        List<String> items = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            String field = path(name) + "[" + i + "]";
            JsonNode item = value.get(i);
            String text = item.isTextual() ? checkedText(field, item.asText(), ValidationRules.MAX_ID_LENGTH) : null;
            if (!item.isTextual()) {
                error(field, "must be a string");
            } else if (text != null && !allowed.test(text)) {
                error(field, "must be " + allowedText + ", not '" + text + "'");
            } else if (text != null) {
                items.add(text);
            }
        }
        return items.size() == value.size() ? List.copyOf(items) : null;
    }

    /** A map of names to whole numbers ≥ 0, e.g. units per age bucket. */
    Map<String, Integer> counts(String name, Set<String> allowedKeys) {
        JsonNode value = present(name, false);
        if (value == null) {
            return null;
        }
        if (!value.isObject()) {
            error(path(name), "must be an object of counts");
            return null;
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        boolean valid = true;
        for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String fieldPath = path(name) + "." + field.getKey();
            if (!allowedKeys.contains(field.getKey())) {
                error(fieldPath, "unknown bucket (expected one of " + allowedKeys + ")");
                valid = false;
                continue;
            }
            Long count = checkedCount(fieldPath, field.getValue(), 0);
            if (count == null) {
                valid = false;
            } else {
                counts.put(field.getKey(), count.intValue());
            }
        }
        return valid ? counts : null;
    }

    /** The objects of a required, non-empty array, each with its own reader (path {@code name[i]}). */
    List<FieldReader> objects(String name, Set<String> known, int maxItems) {
        JsonNode value = present(name, true);
        if (value == null) {
            return List.of();
        }
        if (!value.isArray()) {
            error(path(name), "must be an array");
            return List.of();
        }
        if (value.isEmpty()) {
            error(path(name), "must have at least one item");
            return List.of();
        }
        if (value.size() > maxItems) {
            error(path(name), "must have at most " + maxItems + " items");
            return List.of();
        }
        List<FieldReader> readers = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            FieldReader reader = new FieldReader(value.get(i), path(name) + "[" + i + "]", errors, rules);
            reader.rejectUnknown(known);
            readers.add(reader);
        }
        return readers;
    }
}
