package dev.shelfwise.matrix.roles;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The product matrix of a promotion: every SKU assessed, sorted by category then SKU.
 *
 * @param asOf     the day it was computed for
 * @param products the assessments
 */
public record ProductMatrix(LocalDate asOf, List<ProductAssessment> products) {

    public ProductMatrix {
        Objects.requireNonNull(asOf, "asOf");
        products = List.copyOf(products);
    }

    /** One SKU's assessment. */
    public Optional<ProductAssessment> find(String sku) {
        return products.stream().filter(product -> product.sku().equals(sku)).findFirst();
    }

    /** The assessments of a category and/or role; a null filter matches everything. */
    public List<ProductAssessment> filter(String category, Role role) {
        return products.stream()
                .filter(product -> category == null || product.category().equals(category))
                .filter(product -> role == null || product.role() == role)
                .toList();
    }

    /** How many SKUs of a category (all categories when null) have each primary role; every role is present. */
    public Map<Role, Integer> roleMix(String category) {
        Map<Role, Integer> mix = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            mix.put(role, 0);
        }
        filter(category, null).forEach(product -> mix.merge(product.role(), 1, Integer::sum));
        return mix;
    }
}
