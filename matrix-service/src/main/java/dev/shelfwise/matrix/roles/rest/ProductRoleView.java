package dev.shelfwise.matrix.roles.rest;

import dev.shelfwise.matrix.roles.service.MatrixResult;

import java.time.LocalDate;

/** One SKU's place in a promotion's matrix. */
public record ProductRoleView(String promotion, LocalDate asOf, int statsWindowDays, ProductView product) {

    static ProductRoleView of(MatrixResult result) {
        var assessment = result.products().get(0);
        return new ProductRoleView(result.promotion().id(), result.asOf(), result.statsWindowDays(),
                ProductView.of(assessment, result.facts().get(assessment.sku())));
    }
}
