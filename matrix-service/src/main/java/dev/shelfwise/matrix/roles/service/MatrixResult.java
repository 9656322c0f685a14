package dev.shelfwise.matrix.roles.service;

import dev.shelfwise.contracts.Promotion;
import dev.shelfwise.matrix.roles.ProductAssessment;
import dev.shelfwise.matrix.roles.ProductFacts;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Assessed SKUs of a promotion with the facts they were judged on.
 *
 * @param asOf            the day the figures end (today in the shop's zone)
 * @param statsWindowDays the trailing window of the figures
 * @param products        the assessments, by category then SKU
 * @param facts           the facts of each assessed SKU
 */
public record MatrixResult(Promotion promotion, LocalDate asOf, int statsWindowDays, List<ProductAssessment> products,
                           Map<String, ProductFacts> facts) {
}
