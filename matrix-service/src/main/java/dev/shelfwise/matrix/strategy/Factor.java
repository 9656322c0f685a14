package dev.shelfwise.matrix.strategy;

import java.util.Arrays;

/** The factors a category is scored on (DESIGN.md §6). For every factor, higher means "lead the promotion with it". */
public enum Factor {
    /** Explosion coefficient in last year's comparable window: relevance to promotions. */
    EXPLOSION_COEFFICIENT("explosion-coefficient"),
    /** New-customer acquisition efficiency index in the promotion's months. */
    NEW_CUSTOMER_INDEX("new-customer-index"),
    /** Cross-category penetration rate: long-term value. */
    CROSS_CATEGORY_PENETRATION("cross-category-penetration"),
    /** Sales growth (year over year or month over month); may be negative. */
    TREND("trend"),
    /** Inventory to clear (e.g. value of excess stock): the auxiliary goal of a promotion. */
    INVENTORY_TO_CLEAR("inventory-to-clear");

    private final String jsonName;

    Factor(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }

    public static Factor fromJson(String name) {
        return Arrays.stream(values())
                .filter(factor -> factor.jsonName.equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown factor: " + name));
    }

    @Override
    public String toString() {
        return jsonName;
    }
}
