package dev.shelfwise.metrics.indices;

/** Heat-map band of a new-customer index cell, from bright red ({@link #VERY_HIGH}) to dark blue. */
public enum IndexBand {
    VERY_HIGH("very-high"),
    HIGH("high"),
    MODERATE("moderate"),
    LOW("low"),
    VERY_LOW("very-low"),
    /** Too few orders in the cell (or no site-wide new customers) for the index to mean anything. */
    INSUFFICIENT_DATA("insufficient-data");

    private final String code;

    IndexBand(String code) {
        this.code = code;
    }

    /** The name used in JSON answers. */
    public String code() {
        return code;
    }
}
