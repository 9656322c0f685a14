package dev.shelfwise.matrix.web;

import java.util.ArrayList;
import java.util.List;

/**
 * Which slice of a long answer a request asks for: {@code offset} items skipped, then {@code limit} at most. A value
 * that is not a whole number in range is refused with a 400 naming the parameter.
 */
public record PageRequest(int offset, int limit) {

    /** @param limit and @param offset as sent (null or blank: not sent) */
    public static PageRequest of(String limit, String offset, int defaultLimit, int maxLimit) {
        List<FieldError> errors = new ArrayList<>();
        int readLimit = whole("limit", limit, defaultLimit, 1, maxLimit, errors);
        int readOffset = whole("offset", offset, 0, 0, Integer.MAX_VALUE, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return new PageRequest(readOffset, readLimit);
    }

    /** The slice of {@code items} this page covers; empty past their end. */
    public <T> List<T> of(List<T> items) {
        int first = Math.min(offset, items.size());
        return items.subList(first, first + Math.min(limit, items.size() - first));
    }

    private static int whole(String name, String sent, int absent, int min, int max, List<FieldError> errors) {
        if (sent == null || sent.isBlank()) {
            return absent;
        }
        try {
            int value = Integer.parseInt(sent.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // same answer as a number out of range
        }
        errors.add(new FieldError(name, max == Integer.MAX_VALUE ? "must be a whole number, " + min + " or more"
                : "must be a whole number from " + min + " to " + max));
        return absent;
    }
}
