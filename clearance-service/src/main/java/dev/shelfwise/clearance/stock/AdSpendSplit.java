package dev.shelfwise.clearance.stock;

import static dev.shelfwise.clearance.plans.ClearanceMath.divide;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A campaign's day of ad spend shared among the SKUs it advertises. The event does not say how the spend divides,
 * so each SKU gets an equal share of the spend, and of the clicks in whole clicks (the first SKUs in the event's
 * order take the remainder, so the shares add up to the campaign's clicks).
 */
public final class AdSpendSplit {

    /**
     * One SKU's share.
     *
     * @param sku    the SKU
     * @param spend  spend / number of SKUs
     * @param clicks clicks / number of SKUs, in whole clicks
     */
    public record Share(String sku, BigDecimal spend, long clicks) {
    }

    private AdSpendSplit() {
    }

    /** The shares of {@code skus} (duplicates and blanks ignored); empty when there is no SKU. */
    public static List<Share> split(List<String> skus, BigDecimal spend, long clicks) {
        LinkedHashSet<String> distinct = new LinkedHashSet<>();
        if (skus != null) {
            skus.stream().filter(sku -> sku != null && !sku.isBlank()).forEach(distinct::add);
        }
        if (distinct.isEmpty()) {
            return List.of();
        }
        int count = distinct.size();
        BigDecimal spendShare = divide(spend, BigDecimal.valueOf(count));
        long clicksShare = clicks / count;
        long remainder = clicks % count;
        List<Share> shares = new ArrayList<>(count);
        for (String sku : distinct) {
            shares.add(new Share(sku, spendShare, clicksShare + (shares.size() < remainder ? 1 : 0)));
        }
        return List.copyOf(shares);
    }
}
