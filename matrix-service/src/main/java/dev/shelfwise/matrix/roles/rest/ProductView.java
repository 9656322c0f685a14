package dev.shelfwise.matrix.roles.rest;

import dev.shelfwise.matrix.roles.ProductAssessment;
import dev.shelfwise.matrix.roles.ProductFacts;
import dev.shelfwise.matrix.roles.ProductType;
import dev.shelfwise.matrix.roles.Role;

import java.util.List;

/**
 * One SKU of the matrix: its primary role (the first matching role in priority order, else regular), every role
 * whose rule matched, its types, whether pre-sale is advised, the figures it was judged on and every condition checked.
 */
public record ProductView(String sku, String category, String role, String advice, List<String> matchedRoles,
                          List<String> types, boolean presale, FactsView facts, List<ReasonView> reasons) {

    static ProductView of(ProductAssessment assessment, ProductFacts facts) {
        return new ProductView(assessment.sku(), assessment.category(), assessment.role().jsonName(),
                assessment.role().advice(), assessment.matchedRoles().stream().map(Role::jsonName).toList(),
                assessment.types().stream().map(ProductType::jsonName).toList(), assessment.presale(),
                FactsView.of(facts), assessment.reasons().stream().map(ReasonView::of).toList());
    }
}
