package dev.shelfwise.clearance.stock.service;

/**
 * Fired in the transaction that stores an inventory snapshot or an order's sales: what decides which SKUs need
 * clearance changed (observed after the commit, see {@link SkuAssessmentService}).
 */
public record StockChanged() {
}
