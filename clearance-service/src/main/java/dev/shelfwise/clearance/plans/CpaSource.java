package dev.shelfwise.clearance.plans;

/** Where a plan's CPA comes from. */
public enum CpaSource {
    /** Computed from the what-if inputs. */
    ESTIMATE,
    /** Measured from attributed orders and ad spend over the trailing window. */
    MEASURED
}
