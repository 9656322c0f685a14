package dev.shelfwise.metrics.api;

/**
 * Whole-number query parameters read by hand: bound to {@code Integer}, a value like {@code top=ten} would make
 * JAX-RS answer 404 (a parameter it cannot convert means "no such resource"), not a 400 naming the parameter.
 */
public final class WholeNumbers {
    private WholeNumbers() {
    }

    /** The parameter's value, or {@code null} when it is absent. */
    public static Integer optional(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new BadParameterException(parameter, parameter + " must be a whole number, not '" + value + "'");
        }
    }
}
