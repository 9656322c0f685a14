package dev.shelfwise.matrix.roles.rest;

import dev.shelfwise.matrix.roles.ProductAssessment;
import dev.shelfwise.matrix.roles.Role;
import dev.shelfwise.matrix.roles.service.MatrixResult;
import dev.shelfwise.matrix.web.PageRequest;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A promotion's product matrix (filtered by category and/or role when asked), one page of its SKUs.
 *
 * @param asOf     figures are over the stats window ending this day
 * @param count    SKUs matching the filters, on all pages
 * @param roleMix  SKUs per primary role among those matching (every role present), on all pages
 * @param offset   SKUs skipped before this page (in category, then SKU order)
 * @param limit    SKUs per page at most
 * @param products this page's SKUs
 */
public record MatrixView(String promotion, LocalDate asOf, int statsWindowDays, String category, String role,
                         int count, Map<String, Integer> roleMix, int offset, int limit, List<ProductView> products) {

    static MatrixView of(MatrixResult result, String category, Role role, PageRequest page) {
        Map<String, Integer> mix = new LinkedHashMap<>();
        for (Role each : Role.values()) {
            mix.put(each.jsonName(), 0);
        }
        for (ProductAssessment product : result.products()) {
            mix.merge(product.role().jsonName(), 1, Integer::sum);
        }
        List<ProductView> products = page.of(result.products()).stream()
                .map(product -> ProductView.of(product, result.facts().get(product.sku())))
                .toList();
        return new MatrixView(result.promotion().id(), result.asOf(), result.statsWindowDays(), category,
                role == null ? null : role.jsonName(), result.products().size(), mix, page.offset(), page.limit(),
                products);
    }
}
