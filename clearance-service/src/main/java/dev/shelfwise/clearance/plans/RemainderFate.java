package dev.shelfwise.clearance.plans;

/** What happens to the units the selling channels do not clear. */
public enum RemainderFate {
    /** Nothing is left. */
    NONE,
    /** All of it goes to liquidation, cheaper per unit than destruction. */
    LIQUIDATION,
    /** All of it is destroyed now, at c + d per unit. */
    DESTRUCTION,
    /** Liquidation takes what it can before the deadline; the rest is destroyed. */
    LIQUIDATION_AND_DESTRUCTION
}
