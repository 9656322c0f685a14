package dev.shelfwise.matrix.roles.rest;

import dev.shelfwise.matrix.roles.ProductAssessment;
import dev.shelfwise.matrix.roles.Role;
import dev.shelfwise.matrix.roles.service.MatrixResult;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A promotion's product matrix (filtered by category and/or role when asked).
 *
 * @param asOf            figures are over the stats window ending this day
 * @param roleMix         SKUs per primary role among those listed (every role present)
 */
public record MatrixView(String promotion, LocalDate asOf, int statsWindowDays, String category, String role,
                         int count, Map<String, Integer> roleMix, List<ProductView> products) {

    static MatrixView of(MatrixResult result, String category, Role role) {
        Map<String, Integer> mix = new LinkedHashMap<>();
        for (Role each : Role.values()) {
            mix.put(each.jsonName(), 0);
        }
        for (ProductAssessment product : result.products()) {
            mix.merge(product.role().jsonName(), 1, Integer::sum);
        }
        List<ProductView> products = result.products().stream()
                .map(product -> ProductView.of(product, result.facts().get(product.sku())))
                .toList();
        return new MatrixView(result.promotion().id(), result.asOf(), result.statsWindowDays(), category,
                role == null ? null : role.jsonName(), products.size(), mix, products);
    }
}
