package dev.shelfwise.metrics.concentration;

/** The two levels of the over-concentration alert, each with its own lifecycle. */
public enum AlertSeverity {
    /** The top 1 % passed the warning level. */
    WARNING("warning"),
    /** The top 1 % passed the over-concentration level. */
    CRITICAL("critical");

    private final String code;

    AlertSeverity(String code) {
        this.code = code;
    }

    /** The name used in JSON and Alertmanager labels. */
    public String code() {
        return code;
    }

    /** The level this severity fires at. */
    public double threshold(ConcentrationThresholds thresholds) {
        return this == CRITICAL ? thresholds.overConcentrated() : thresholds.warning();
    }
}
