package dev.shelfwise.matrix.roles;

/**
 * One condition a rule checked for one SKU: what was compared with what, and whether it held.
 *
 * @param rule      the rule the condition belongs to: a role's JSON name ({@code traffic}, …) or a type's
 *                  ({@code new}, {@code specialty})
 * @param metric    the metric's JSON name ({@link Metric#jsonName()})
 * @param value     the SKU's value: a {@link java.math.BigDecimal} for numbers, a sorted {@code List<String>} for
 *                  tags; null when the data is missing
 * @param threshold what the value was compared with, resolved and readable, e.g. {@code ">= 1200 (P75)"}
 * @param passed    true or false; null when the data needed is missing (never a silent default)
 * @param note      why {@code passed} is null ({@value #NO_DATA}) or another explanation; null otherwise
 */
public record Reason(String rule, String metric, Object value, String threshold, Boolean passed, String note) {

    /** The note of a condition that could not be checked because its data is missing. */
    public static final String NO_DATA = "no data";

    /** A condition that could be checked. */
    public static Reason checked(String rule, Metric metric, Object value, String threshold, boolean passed) {
        return new Reason(rule, metric.jsonName(), value, threshold, passed, null);
    }

    /** A condition that could not be checked for lack of data. */
    public static Reason noData(String rule, Metric metric, String threshold) {
        return new Reason(rule, metric.jsonName(), null, threshold, null, NO_DATA);
    }

    /** Whether the condition could not be checked for lack of data. */
    public boolean isNoData() {
        return passed == null;
    }

    /** The same reason with an explanatory note. */
    public Reason withNote(String newNote) {
        return new Reason(rule, metric, value, threshold, passed, newNote);
    }
}
