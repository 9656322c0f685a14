package dev.shelfwise.matrix.baskets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A SKU's baskets over the trailing window.
 *
 * @param minPairOrders the support floor: partners bought together fewer times are not listed
 * @param orders        all orders of the window
 * @param skuOrders     orders containing the SKU
 * @param partners      SKUs bought together with it at least {@code minPairOrders} times, best lift first
 */
public record BoughtTogether(String sku, LocalDate from, LocalDate to, int minPairOrders, long orders,
                             long skuOrders, List<Partner> partners) {

    /**
     * @param together      orders containing both SKUs
     * @param partnerOrders orders containing the partner
     * @param lift          together · orders / (skuOrders · partnerOrders)
     */
    public record Partner(String sku, long together, long partnerOrders, BigDecimal lift) {
    }
}
