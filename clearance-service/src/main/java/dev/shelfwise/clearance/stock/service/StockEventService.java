package dev.shelfwise.clearance.stock.service;

import dev.shelfwise.clearance.ClearanceSettings;
import dev.shelfwise.clearance.alerts.service.AlertService;
import dev.shelfwise.clearance.messaging.ProcessedEventRepository;
import dev.shelfwise.clearance.stock.AdSpendSplit;
import dev.shelfwise.clearance.stock.InventoryLots;
import dev.shelfwise.clearance.stock.LivePlan;
import dev.shelfwise.clearance.stock.repository.AdSpendRepository;
import dev.shelfwise.clearance.stock.repository.InventoryRepository;
import dev.shelfwise.clearance.stock.repository.SalesRepository;
import dev.shelfwise.contracts.AdSpendEvent;
import dev.shelfwise.contracts.InventoryEvent;
import dev.shelfwise.contracts.OrderEvent;
import dev.shelfwise.contracts.OrderLine;
import dev.shelfwise.contracts.Topics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * Applies the consumed events to the service's state, one transaction per event: the effect, its processed-event
 * mark (facts) and the alerts it changes commit together or not at all.
 */
@ApplicationScoped
public class StockEventService {

    private final InventoryRepository inventory;
    private final SalesRepository sales;
    private final AdSpendRepository adSpend;
    private final ProcessedEventRepository processed;
    private final AlertService alerts;
    private final ZoneId zone;
    private final Event<StockChanged> stockChanges;

    public StockEventService(InventoryRepository inventory, SalesRepository sales, AdSpendRepository adSpend,
                             ProcessedEventRepository processed, AlertService alerts, ClearanceSettings settings,
                             Event<StockChanged> stockChanges) {
        this.stockChanges = stockChanges;
        this.inventory = inventory;
        this.sales = sales;
        this.adSpend = adSpend;
        this.processed = processed;
        this.alerts = alerts;
        this.zone = settings.timeZone();
    }

    /** A snapshot: stored unless a newer one of the SKU is. */
    @Transactional
    public void applyInventory(InventoryEvent event) {
        LocalDate snapshotDay = day(event.at());
        LocalDate receivedOn = event.receivedAt() == null ? null : day(event.receivedAt());
        if (inventory.upsert(event, InventoryLots.atSnapshot(event.onHand(), event.ageBuckets(), receivedOn,
                snapshotDay))) {
            stockChanges.fire(new StockChanged());
            alerts.stockChanged(event.sku());
        }
    }

    /**
     * A fact: each SKU line is stored once for the order's channel and day.
     *
     * @return false when the event was already applied
     */
    @Transactional
    public boolean applyOrder(String eventId, OrderEvent order) {
        if (!processed.markProcessed(eventId, Topics.ORDERS)) {
            return false;
        }
        String channel = order.channel() == null || order.channel().isBlank() ? OrderEvent.DEFAULT_CHANNEL
                : order.channel();
        LocalDate day = day(order.placedAt());
        for (OrderLine line : order.lines()) {
            sales.insert(eventId, line.sku(), channel, day, line.quantity(), line.netAmount(), line.unitCost());
        }
        stockChanges.fire(new StockChanged());
        alerts.salesChanged(order.lines().stream().map(OrderLine::sku).distinct().toList());
        return true;
    }

    /** A snapshot of a campaign's day: it replaces the stored one, shares per SKU included. */
    @Transactional
    public void applyAdSpend(AdSpendEvent event) {
        String channel = event.channel() == null || event.channel().isBlank()
                ? LivePlan.ADS_PREFIX + event.campaignId() : event.channel();
        List<AdSpendSplit.Share> shares = AdSpendSplit.split(event.skus(), event.spend(), event.clicks());
        adSpend.upsert(event, channel, shares);
        alerts.adSpendChanged(shares.stream().map(AdSpendSplit.Share::sku).toList());
    }

    private LocalDate day(OffsetDateTime at) {
        return at.atZoneSameInstant(zone).toLocalDate();
    }
}
