package dev.shelfwise.ingest.connectors;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Spreads a refund known only as an amount (WooCommerce's order {@code refunds}, Shopify's export "Refunded Amount")
 * over the order's lines in proportion to their net amounts. Sales net of refunds stay exact to the cent; refunded
 * units are an estimate (rounded, at least one per line that gets money back). A refund of the whole order refunds
 * every line exactly.
 */
public final class RefundAllocation {
    /** Money is split to the cent; a shop currency with more decimals keeps its own scale. */
    static final int MONEY_SCALE = 2;

    /** One order line: its SKU, units and net amount (after discounts). */
    public record LineShare(String sku, long quantity, BigDecimal net) {
    }

    /** The part of a refund that falls on one line. */
    public record RefundedLine(String sku, long quantity, BigDecimal amount) {
    }

    private RefundAllocation() {
    }

    public static List<RefundedLine> spread(BigDecimal refunded, List<LineShare> lines) {
        List<LineShare> paid = lines.stream().filter(line -> line.net().signum() > 0 && line.quantity() > 0).toList();
        BigDecimal total = paid.stream().map(LineShare::net).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (refunded == null || refunded.signum() <= 0 || total.signum() <= 0) {
            return List.of();
        }
        if (refunded.compareTo(total) >= 0) {
            return paid.stream().map(line -> new RefundedLine(line.sku(), line.quantity(), line.net())).toList();
        }
        int scale = Math.max(MONEY_SCALE, refunded.scale());
        List<BigDecimal> amounts = new ArrayList<>();
        BigDecimal given = BigDecimal.ZERO;
        for (LineShare line : paid) {
            BigDecimal amount = refunded.multiply(line.net()).divide(total, scale, RoundingMode.HALF_UP);
            amounts.add(amount);
            given = given.add(amount);
        }
        // the rounding remainder goes to the largest line, where it distorts least
        LineShare largest = paid.stream().max(Comparator.comparing(LineShare::net)).orElseThrow();
        int largestIndex = paid.indexOf(largest);
        amounts.set(largestIndex, amounts.get(largestIndex).add(refunded.subtract(given)));
        List<RefundedLine> refundedLines = new ArrayList<>();
        for (int i = 0; i < paid.size(); i++) {
            LineShare line = paid.get(i);
            BigDecimal amount = amounts.get(i);
            if (amount.signum() > 0) {
                long units = BigDecimal.valueOf(line.quantity()).multiply(amount)
                        .divide(line.net(), 0, RoundingMode.HALF_UP).longValue();
                refundedLines.add(new RefundedLine(line.sku(), Math.min(line.quantity(), Math.max(1, units)), amount));
            }
        }
        return refundedLines;
    }
}
