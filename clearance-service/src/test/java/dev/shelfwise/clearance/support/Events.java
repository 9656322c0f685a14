package dev.shelfwise.clearance.support;

import dev.shelfwise.contracts.AdSpendEvent;
import dev.shelfwise.contracts.InventoryEvent;
import dev.shelfwise.contracts.OrderEvent;
import dev.shelfwise.contracts.OrderLine;
import dev.shelfwise.contracts.PurchaseOrderEvent;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Contract events as platforms send them, dated relative to now (the service's windows end today, UTC). */
public final class Events {

    private Events() {
    }

    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    public static LocalDate today() {
        return now().toLocalDate();
    }

    /** Stock received {@code ageDays} ago, with a storage fee and a disposal fee. */
    public static InventoryEvent inventory(String sku, int onHand, int ageDays, String unitCost, String storageFee,
                                           String disposalFee) {
        OffsetDateTime now = now();
        return new InventoryEvent(sku, TestBroker.PLATFORM, now, onHand, 0, new BigDecimal(unitCost),
                now.minusDays(ageDays), null, new BigDecimal(storageFee), new BigDecimal(disposalFee));
    }

    /** An order of one line of {@code units} of {@code sku}, placed {@code daysAgo} days ago on {@code channel}. */
    public static OrderEvent order(String orderId, String customerId, String channel, String sku, int units,
                                   String unitPrice, String unitCost, int daysAgo) {
        return new OrderEvent(orderId, TestBroker.PLATFORM, customerId, now().minusDays(daysAgo), "USD", channel,
                null, List.of(new OrderLine(sku, "home", units, new BigDecimal(unitPrice), new BigDecimal(unitCost),
                null)));
    }

    public static AdSpendEvent adSpend(String campaignId, String channel, String sku, int daysAgo, String spend,
                                       long clicks) {
        return new AdSpendEvent(campaignId, TestBroker.PLATFORM, channel, List.of(sku), today().minusDays(daysAgo),
                new BigDecimal(spend), clicks * 20, clicks);
    }

    public static PurchaseOrderEvent purchaseOrder(String poId, String sku, int quantity) {
        return new PurchaseOrderEvent(poId, TestBroker.PLATFORM, sku, quantity, now());
    }
}
