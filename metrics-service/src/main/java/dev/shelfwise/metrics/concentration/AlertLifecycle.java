package dev.shelfwise.metrics.concentration;

/** Lifecycle transition of an alert. */
public enum AlertLifecycle {
    FIRING("firing"),
    RESOLVED("resolved");

    private final String code;

    AlertLifecycle(String code) {
        this.code = code;
    }

    /** The name used in JSON answers and query parameters. */
    public String code() {
        return code;
    }
}
