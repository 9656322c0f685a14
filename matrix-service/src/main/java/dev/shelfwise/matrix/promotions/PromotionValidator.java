package dev.shelfwise.matrix.promotions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.shelfwise.contracts.EventJson;
import dev.shelfwise.contracts.Promotion;
import dev.shelfwise.matrix.strategy.Goal;
import dev.shelfwise.matrix.web.FieldError;
import dev.shelfwise.matrix.web.InvalidRequestException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads and checks the body of {@code PUT /v1/promotions/{id}} and reports every problem by field at once (pure: no
 * framework). The body is read as a JSON tree rather than bound to a class, so a wrong type or an unknown field (a
 * typo must not silently fall back to a default) is one more field error instead of a generic 400.
 */
public final class PromotionValidator {
    /** Ids go into URLs and Kafka keys: short, and no characters that need escaping. */
    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");
    static final int MAX_TEXT = 200;
    static final Set<String> FIELDS = Set.of("id", "name", "theme", "start", "end", "goal", "coreCount",
            "auxiliaryCount");
    private static final String GOALS = Arrays.stream(Goal.values()).map(Goal::jsonName)
            .collect(Collectors.joining(", "));

    private PromotionValidator() {
    }

    /** The promotion, or an {@link InvalidRequestException} listing every invalid field. */
    public static Promotion validate(String id, String body) {
        JsonNode json;
        try {
            json = body == null || body.isBlank() ? null : EventJson.mapper().readTree(body);
        } catch (JsonProcessingException e) {
            throw InvalidRequestException.of("body", "not valid JSON: " + e.getOriginalMessage());
        }
        return validate(id, json);
    }

    static Promotion validate(String id, JsonNode body) {
        List<FieldError> errors = new ArrayList<>();
        if (id == null || !ID.matcher(id).matches()) {
            errors.add(new FieldError("id",
                    "must be 1 to 64 letters, digits or . _ : - (starting with a letter or digit)"));
        }
        if (body == null || !body.isObject()) {
            errors.add(new FieldError("body",
                    "a JSON object {name, theme, start, end, goal, coreCount, auxiliaryCount} is required"));
            throw new InvalidRequestException(errors);
        }
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                errors.add(new FieldError(name, "unknown field: one of " + new TreeSet<>(FIELDS)));
            }
        }
        String bodyId = text(body, "id", false, errors);
        if (bodyId != null && !bodyId.equals(id)) {
            errors.add(new FieldError("id", "the body names promotion " + bodyId + " but the path names " + id));
        }
        String name = text(body, "name", true, errors);
        String theme = text(body, "theme", false, errors);
        LocalDate start = date(body, "start", errors);
        LocalDate end = date(body, "end", errors);
        if (start != null && end != null && end.isBefore(start)) {
            errors.add(new FieldError("end", "must not be before start (" + start + ")"));
        }
        String goal = goal(body, errors);
        Integer coreCount = count(body, "coreCount", errors);
        Integer auxiliaryCount = count(body, "auxiliaryCount", errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return new Promotion(id, name, theme, start, end, goal, coreCount, auxiliaryCount);
    }

    /** A text field, stripped; null when absent (an error when required). */
    private static String text(JsonNode body, String field, boolean required, List<FieldError> errors) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull() || node.isTextual() && node.asText().isBlank()) {
            if (required) {
                errors.add(new FieldError(field, "is required"));
            }
            return null;
        }
        if (!node.isTextual()) {
            errors.add(new FieldError(field, "must be text"));
            return null;
        }
        if (node.asText().length() > MAX_TEXT) {
            errors.add(new FieldError(field, "must be at most " + MAX_TEXT + " characters"));
            return null;
        }
        return node.asText().strip();
    }

    private static LocalDate date(JsonNode body, String field, List<FieldError> errors) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            errors.add(new FieldError(field, "is required: a date YYYY-MM-DD"));
            return null;
        }
        try {
            return LocalDate.parse(node.asText());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be a date YYYY-MM-DD: " + node));
            return null;
        }
    }

    private static String goal(JsonNode body, List<FieldError> errors) {
        JsonNode node = body.get("goal");
        if (node == null || node.isNull()) {
            errors.add(new FieldError("goal", "is required: one of " + GOALS));
            return null;
        }
        String goal = node.asText();
        if (!node.isTextual() || Arrays.stream(Goal.values()).noneMatch(known -> known.jsonName().equals(goal))) {
            errors.add(new FieldError("goal", "unknown goal " + node + ": one of " + GOALS));
            return null;
        }
        return goal;
    }

    private static Integer count(JsonNode body, String field, List<FieldError> errors) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            errors.add(new FieldError(field, "is required: a whole number >= 0"));
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            errors.add(new FieldError(field, "must be a whole number >= 0: " + node));
            return null;
        }
        if (node.intValue() < 0) {
            errors.add(new FieldError(field, "must not be negative: " + node.intValue()));
            return null;
        }
        return node.intValue();
    }
}
