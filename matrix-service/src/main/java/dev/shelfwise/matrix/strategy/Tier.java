package dev.shelfwise.matrix.strategy;

/** Where a category stands in a promotion. */
public enum Tier {
    /** Leads the promotion and gets its resources. */
    CORE("core"),
    /** Supports the core categories. */
    AUXILIARY("auxiliary"),
    /** Cut from promotion resources; still listed (personalised recommendations only). */
    LONG_TAIL("long-tail");

    private final String jsonName;

    Tier(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }

    @Override
    public String toString() {
        return jsonName;
    }
}
