package dev.shelfwise.clearance.rest;

import dev.shelfwise.clearance.plans.FieldError;

import java.util.ArrayList;
import java.util.List;

/**
 * One page of a long list: skip {@code offset} items, then at most {@code limit}. Read from the query parameters
 * {@code limit} and {@code offset}; a value out of range is a 400 naming the parameter, never a silent clamp.
 *
 * @param offset items skipped, 0 or more
 * @param limit  items at most, 1 to the endpoint's maximum
 */
public record Page(int offset, int limit) {

    public static final String LIMIT = "limit";
    public static final String OFFSET = "offset";

    /**
     * @param limit        the {@code limit} parameter as sent, null when absent
     * @param offset       the {@code offset} parameter as sent, null when absent
     * @param defaultLimit the limit when none is sent
     * @param maxLimit     the largest limit allowed
     */
    public static Page of(String limit, String offset, int defaultLimit, int maxLimit) {
        List<FieldError> errors = new ArrayList<>();
        Integer parsedLimit = parse(LIMIT, limit, 1, maxLimit, errors);
        Integer parsedOffset = parse(OFFSET, offset, 0, Integer.MAX_VALUE, errors);
        if (!errors.isEmpty()) {
            throw new BadInputException(errors.stream().map(error -> error.field() + " " + error.message())
                    .reduce((first, second) -> first + "; " + second).orElseThrow(), errors);
        }
        return new Page(parsedOffset == null ? 0 : parsedOffset, parsedLimit == null ? defaultLimit : parsedLimit);
    }

    /** The items of this page (empty past the end). */
    public <T> List<T> slice(List<T> all) {
        int from = Math.min(offset, all.size());
        return all.subList(from, (int) Math.min(all.size(), (long) from + limit));
    }

    private static Integer parse(String name, String value, int min, int max, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String range = max == Integer.MAX_VALUE ? "a whole number of at least " + min
                : "a whole number from " + min + " to " + max;
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below like an out-of-range number
        }
        errors.add(new FieldError(name, "must be " + range + ", was '" + value + "'"));
        return null;
    }
}
