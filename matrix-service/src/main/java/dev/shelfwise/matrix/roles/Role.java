package dev.shelfwise.matrix.roles;

import java.util.Arrays;

/**
 * The primary role a SKU plays in a promotion (DESIGN.md §7). Declaration order is the default priority order:
 * when several rules match, the earliest role wins; {@link #REGULAR} is the fallback when none matches.
 */
public enum Role {
    /** Hook: deep discount or thin margin with strong traffic; limited quantity advised. */
    TRAFFIC("traffic", "limited quantity advised"),
    /** Top sellers that convert well and do not lose money. */
    HOT_SELLING("hot-selling", null),
    /** Clearance: old or over-stocked inventory, handed to clearance-service. */
    EVENT("event", "hand over to clearance-service"),
    /** Brand image: premium price with few units, or a flagship product. */
    IMAGE("image", null),
    /** Very well rated with many reviews. */
    WORD_OF_MOUTH("word-of-mouth", null),
    /** Cheap add-on bought together with a hot-selling or profit SKU (dynamic sales). */
    CROSS_SELL("cross-sell", null),
    /** High margin, "three highs, one few". */
    PROFIT("profit", null),
    /** None of the above. */
    REGULAR("regular", null);

    private final String jsonName;
    private final String advice;

    Role(String jsonName, String advice) {
        this.jsonName = jsonName;
        this.advice = advice;
    }

    /** The kebab-case name used in JSON and query parameters, e.g. {@code hot-selling}. */
    public String jsonName() {
        return jsonName;
    }

    /** Operational advice that goes with the role, or null when there is none. */
    public String advice() {
        return advice;
    }

    /** The role with this JSON name. */
    public static Role fromJson(String name) {
        return Arrays.stream(values())
                .filter(role -> role.jsonName.equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown role: " + name));
    }

    @Override
    public String toString() {
        return jsonName;
    }
}
