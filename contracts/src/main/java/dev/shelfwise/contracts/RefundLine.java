package dev.shelfwise.contracts;

import java.math.BigDecimal;

/** The refunded part of one order line: units returned and the money given back. */
public record RefundLine(String sku, int quantity, BigDecimal amount) {
}
