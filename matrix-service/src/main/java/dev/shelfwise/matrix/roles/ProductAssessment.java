package dev.shelfwise.matrix.roles;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One SKU's place in the product matrix.
 *
 * @param sku          the SKU
 * @param category     its category
 * @param gmv          its GMV over the statistics window (null when unknown), for the health summary
 * @param role         the primary role: the highest-priority role whose rule matched, else {@link Role#REGULAR}
 * @param matchedRoles every role whose rule matched, in priority order (empty for a regular SKU)
 * @param types        its types, in declaration order
 * @param presale      whether pre-sale is advised (the primary role is a pre-sale role)
 * @param reasons      every condition checked: the role rules in priority order, then the {@code new} and
 *                     {@code specialty} types
 */
public record ProductAssessment(String sku, String category, BigDecimal gmv, Role role, List<Role> matchedRoles,
                                Set<ProductType> types, boolean presale, List<Reason> reasons) {

    public ProductAssessment {
        matchedRoles = List.copyOf(matchedRoles);
        types = Collections.unmodifiableSet(types.isEmpty() ? EnumSet.noneOf(ProductType.class) : EnumSet.copyOf(types));
        reasons = List.copyOf(reasons);
    }

    /** The reasons of one rule ({@code traffic}, …, {@code new}, {@code specialty}). */
    public List<Reason> reasonsFor(String rule) {
        return reasons.stream().filter(reason -> reason.rule().equals(rule)).toList();
    }
}
