package dev.shelfwise.metrics.concentration;

/** Health of the GMV distribution, judged on the share of the top 1 % of active SKUs. */
public enum ConcentrationStatus {
    HEALTHY("healthy"),
    WARNING("warning"),
    OVER_CONCENTRATED("over-concentrated");

    private final String code;

    ConcentrationStatus(String code) {
        this.code = code;
    }

    /** The name used in JSON answers. */
    public String code() {
        return code;
    }
}
