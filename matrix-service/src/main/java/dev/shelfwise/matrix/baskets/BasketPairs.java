package dev.shelfwise.matrix.baskets;

import dev.shelfwise.contracts.OrderLine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/** Basket arithmetic (pure): the SKUs of an order, their pairs, and the lift of a pair. */
public final class BasketPairs {

    private BasketPairs() {
    }

    /** The distinct SKUs of an order's lines, sorted (a SKU bought twice in one order is one SKU of the basket). */
    public static List<String> skus(Collection<OrderLine> lines) {
        TreeSet<String> skus = new TreeSet<>();
        lines.stream().filter(Objects::nonNull).map(OrderLine::sku).filter(Objects::nonNull).forEach(skus::add);
        return List.copyOf(skus);
    }

    /**
     * Every unordered pair of the sorted distinct SKUs, first before second: n·(n−1)/2 pairs. Empty when the basket
     * has more than {@code maxSkus} SKUs (such orders still count as orders, their SKUs are not paired).
     */
    public static List<List<String>> pairs(List<String> sortedSkus, int maxSkus) {
        if (sortedSkus.size() > maxSkus) {
            return List.of();
        }
        List<List<String>> pairs = new ArrayList<>();
        for (int i = 0; i < sortedSkus.size(); i++) {
            for (int j = i + 1; j < sortedSkus.size(); j++) {
                pairs.add(List.of(sortedSkus.get(i), sortedSkus.get(j)));
            }
        }
        return pairs;
    }

    /**
     * lift(a, b) = P(a ∧ b) / (P(a) · P(b)) = orders(a, b) · orders / (orders(a) · orders(b)), over the same window;
     * 1 means "bought together as often as chance predicts". Null when a count is zero (undefined).
     */
    public static BigDecimal lift(long pairOrders, long orders, long ordersA, long ordersB) {
        if (orders <= 0 || ordersA <= 0 || ordersB <= 0) {
            return null;
        }
        BigDecimal together = BigDecimal.valueOf(pairOrders).multiply(BigDecimal.valueOf(orders));
        BigDecimal apart = BigDecimal.valueOf(ordersA).multiply(BigDecimal.valueOf(ordersB));
        return together.divide(apart, MathContext.DECIMAL64).stripTrailingZeros();
    }
}
