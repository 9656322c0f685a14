package dev.shelfwise.matrix.strategy;

import java.util.Arrays;

/** What a promotion is for; it decides the factor weights. */
public enum Goal {
    SALES("sales"),
    PROFIT("profit"),
    NEW_CUSTOMERS("new-customers");

    private final String jsonName;

    Goal(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }

    public static Goal fromJson(String name) {
        return Arrays.stream(values())
                .filter(goal -> goal.jsonName.equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown goal: " + name));
    }

    @Override
    public String toString() {
        return jsonName;
    }
}
