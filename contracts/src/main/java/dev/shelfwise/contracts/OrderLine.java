package dev.shelfwise.contracts;

import java.math.BigDecimal;

/** One line of an order. {@code unitCost} and {@code discount} are optional (null when unknown / none). */
public record OrderLine(String sku, String category, int quantity, BigDecimal unitPrice, BigDecimal unitCost,
                        BigDecimal discount) {

    /** Sales of the line before refunds: quantity × unitPrice − discount. */
    public BigDecimal netAmount() {
        BigDecimal gross = unitPrice.multiply(BigDecimal.valueOf(quantity));
        return discount == null ? gross : gross.subtract(discount);
    }
}
