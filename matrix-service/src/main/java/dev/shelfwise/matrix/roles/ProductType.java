package dev.shelfwise.matrix.roles;

import java.util.Arrays;

/** Types a SKU can have besides its role, any number of them (DESIGN.md §7). */
public enum ProductType {
    /** The hot-selling rule matches, whatever the primary role. */
    HOT("hot"),
    /** Launched at most {@code types.newMaxDaysSinceLaunch} days ago (default 90). */
    NEW("new"),
    /** Carries a specialty tag (default exclusive, co-branded, ip, gift-box). */
    SPECIALTY("specialty");

    private final String jsonName;

    ProductType(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The name used in JSON. */
    public String jsonName() {
        return jsonName;
    }

    /** The type with this JSON name. */
    public static ProductType fromJson(String name) {
        return Arrays.stream(values())
                .filter(type -> type.jsonName.equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown product type: " + name));
    }

    @Override
    public String toString() {
        return jsonName;
    }
}
