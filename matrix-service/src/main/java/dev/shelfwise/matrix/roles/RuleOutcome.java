package dev.shelfwise.matrix.roles;

import java.util.List;

/**
 * The result of one role rule for one SKU.
 *
 * @param role    the role the rule decides
 * @param matched true or false, or null when missing data leaves the rule undecided (an undecided rule does not
 *                assign its role)
 * @param reasons every condition checked, in the rule's order
 */
public record RuleOutcome(Role role, Boolean matched, List<Reason> reasons) {

    public RuleOutcome {
        reasons = List.copyOf(reasons);
    }

    /** Whether the rule definitely matched. */
    public boolean matches() {
        return Boolean.TRUE.equals(matched);
    }
}
