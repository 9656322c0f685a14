package dev.shelfwise.clearance.alerts.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.shelfwise.alerts.delivery.DeliveryAttempt;
import dev.shelfwise.clearance.ClearanceSettings;
import dev.shelfwise.clearance.alerts.AdsOnlyRule;
import dev.shelfwise.clearance.alerts.AlertView;
import dev.shelfwise.clearance.alerts.repository.AlertDeliveryRepository;
import dev.shelfwise.clearance.alerts.repository.AlertRecord;
import dev.shelfwise.clearance.alerts.repository.AlertRepository;
import dev.shelfwise.clearance.alerts.repository.PurchaseOrderRepository;
import dev.shelfwise.clearance.messaging.ProcessedEventRepository;
import dev.shelfwise.clearance.plans.ClearanceConfig;
import dev.shelfwise.clearance.stock.ClearanceNeed;
import dev.shelfwise.clearance.stock.LivePlan;
import dev.shelfwise.clearance.stock.repository.AdSpendRepository;
import dev.shelfwise.clearance.stock.repository.SalesRepository;
import dev.shelfwise.clearance.stock.service.SkuAssessmentService;
import dev.shelfwise.clearance.stock.service.SkuState;
import dev.shelfwise.contracts.AlertEvent;
import dev.shelfwise.contracts.EventJson;
import dev.shelfwise.contracts.PurchaseOrderEvent;
import dev.shelfwise.contracts.Topics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The clearance warnings of DESIGN.md §8 as alerts with a lifecycle (firing → resolved), one firing episode per kind
 * and SKU. Changes happen in the caller's transaction; {@link AlertChanged} publishes them once it commits, and
 * while webhook receivers are configured each change is queued for them in the same transaction.
 * <ul>
 *   <li>{@value #RESTOCK}: a purchase order for a SKU under clearance. Later purchase orders of the same episode
 *       update its figures without a new alert; it resolves when an inventory change or a sale shows the SKU no longer
 *       needs clearance.</li>
 *   <li>{@value #ADS_ONLY}: see {@link AdsOnlyRule}; checked when the SKU's ad spend or stock changes, resolved when
 *       the rule no longer holds at such a change or at a sale.</li>
 * </ul>
 * Alerts are evaluated when events arrive, not on a timer: a rule that starts to hold only because days pass is seen
 * at the SKU's next event.
 */
@ApplicationScoped
public class AlertService {

    public static final String RESTOCK = "restock-under-clearance";
    public static final String ADS_ONLY = "ads-only-clearance";
    public static final List<String> KINDS = List.of(RESTOCK, ADS_ONLY);
    static final String WARNING = "warning";
    static final int FIGURE_SCALE = 2;

    private final AlertRepository alerts;
    private final AlertDeliveryRepository deliveries;
    private final PurchaseOrderRepository purchaseOrders;
    private final ProcessedEventRepository processed;
    private final SkuAssessmentService assessment;
    private final SalesRepository sales;
    private final AdSpendRepository adSpend;
    private final ClearanceConfig config;
    private final ClearanceSettings settings;
    private final Event<AlertChanged> changes;
    private final Clock clock;
    private final String source;
    private final boolean webhooks;

    public AlertService(AlertRepository alerts, AlertDeliveryRepository deliveries,
                        PurchaseOrderRepository purchaseOrders, ProcessedEventRepository processed,
                        SkuAssessmentService assessment, SalesRepository sales,
                        AdSpendRepository adSpend, ClearanceConfig config, ClearanceSettings settings,
                        Event<AlertChanged> changes, Clock clock,
                        @ConfigProperty(name = "quarkus.application.name") String source) {
        this.alerts = alerts;
        this.deliveries = deliveries;
        this.purchaseOrders = purchaseOrders;
        this.processed = processed;
        this.assessment = assessment;
        this.sales = sales;
        this.adSpend = adSpend;
        this.config = config;
        this.settings = settings;
        this.changes = changes;
        this.clock = clock;
        this.source = source;
        this.webhooks = !settings.alerts().receivers().isEmpty();
    }

    /**
     * A restock purchase order: stored once, and a {@value #RESTOCK} alert when its SKU is under clearance.
     *
     * @return false when the event was already applied
     */
    @Transactional
    public boolean applyPurchaseOrder(String eventId, PurchaseOrderEvent po) {
        if (!processed.markProcessed(eventId, Topics.PURCHASE_ORDERS)) {
            return false;
        }
        purchaseOrders.insert(eventId, po);
        Optional<SkuState> state = assessment.state(po.sku());
        if (state.isEmpty() || !state.get().need().needed()) {
            return true;
        }
        ClearanceNeed need = state.get().need();
        Optional<AlertRecord> firing = alerts.firing(RESTOCK, po.sku());
        if (firing.isPresent()) {
            // the same episode: count the purchase order, do not raise again
            Map<String, String> figures = new LinkedHashMap<>(firing.get().figures);
            figures.put("purchaseOrders", String.valueOf(Long.parseLong(figures.get("purchaseOrders")) + 1));
            figures.put("unitsOrdered", String.valueOf(Long.parseLong(figures.get("unitsOrdered")) + po.quantity()));
            figures.put("lastPurchaseOrder", po.poId());
            firing.get().figures = figures;
            firing.get().updatedAt = now();
            return true;
        }
        Map<String, String> figures = new LinkedHashMap<>();
        figures.put("purchaseOrders", "1");
        figures.put("unitsOrdered", String.valueOf(po.quantity()));
        figures.put("lastPurchaseOrder", po.poId());
        figures.put("onHand", String.valueOf(need.onHand()));
        figures.put("agedUnits", String.valueOf(need.agedUnits()));
        figures.put("excessUnits", String.valueOf(need.excessUnits()));
        if (need.weeksOfCover() != null) {
            figures.put("weeksOfCover", need.weeksOfCover().setScale(FIGURE_SCALE, RoundingMode.HALF_EVEN)
                    .toPlainString());
        }
        raise(RESTOCK, po.sku(), "restocking what you are clearing: purchase order " + po.poId() + " for "
                + po.quantity() + " units of " + po.sku() + ", which needs clearance ("
                + String.join("; ", need.reasons()) + ")", figures, po.at().toInstant());
        return true;
    }

    /** After the SKU's inventory changed (in that transaction). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void stockChanged(String sku) {
        reassess(sku);
    }

    /** After sales of these SKUs arrived: only firing alerts can change (sales end an episode, never start one). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void salesChanged(Collection<String> skus) {
        skus.stream().filter(alerts::anyFiring).forEach(this::reassess);
    }

    /** After ad spend on these SKUs changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void adSpendChanged(Collection<String> skus) {
        skus.forEach(this::reassess);
    }

    /** Alerts in {@code state} ({@code firing}, {@code resolved}), or all when null; newest first. */
    public List<AlertView> list(String state) {
        return views(alerts.inState(state));
    }

    /** One alert by id. */
    public Optional<AlertView> find(String id) {
        return alerts.byId(id).map(alert -> views(List.of(alert)).get(0));
    }

    private List<AlertView> views(List<AlertRecord> records) {
        List<String> ids = records.stream().map(alert -> alert.id).toList();
        Map<String, List<DeliveryAttempt>> attempts = deliveries.attempts(ids);
        Set<String> pending = deliveries.pending(ids);
        return records.stream().map(alert -> AlertView.of(toEvent(alert), attempts.getOrDefault(alert.id, List.of()),
                pending.contains(AlertDeliveryRepository.key(alert.id, alert.state)))).toList();
    }

    /** The contract form of a stored alert. */
    public AlertEvent toEvent(AlertRecord alert) {
        return new AlertEvent(alert.id, alert.kind, alert.state, alert.severity, source, alert.summary,
                alert.startsAt, alert.endsAt, Map.of("sku", alert.sku), alert.figures);
    }

    private void reassess(String sku) {
        Optional<SkuState> state = assessment.state(sku);
        boolean underClearance = state.map(s -> s.need().needed()).orElse(false);
        if (!underClearance) {
            alerts.firing(RESTOCK, sku).ifPresent(alert -> resolve(alert, "no longer needs clearance"));
        }
        Optional<AdsOnlyRule> rule = state.map(this::adsOnly);
        Optional<AlertRecord> firing = alerts.firing(ADS_ONLY, sku);
        if (rule.isPresent() && rule.get().breached()) {
            if (firing.isEmpty()) {
                AdsOnlyRule breach = rule.get();
                Map<String, String> figures = new LinkedHashMap<>();
                figures.put("days", String.valueOf(settings.alerts().adsOnlyDays()));
                figures.put("unitsSold", String.valueOf(breach.unitsSold()));
                figures.put("plannedUnits", breach.plannedUnits().setScale(FIGURE_SCALE, RoundingMode.HALF_EVEN)
                        .toPlainString());
                raise(ADS_ONLY, sku, "move the price: " + sku + " has been cleared on ads alone for "
                        + settings.alerts().adsOnlyDays() + " days and sold " + breach.unitsSold()
                        + " units against a plan of " + figures.get("plannedUnits"), figures, now());
            }
        } else {
            firing.ifPresent(alert -> resolve(alert, underClearance
                    ? "a price move, or sales back on plan" : "no longer needs clearance"));
        }
    }

    private AdsOnlyRule adsOnly(SkuState state) {
        int days = settings.alerts().adsOnlyDays();
        LocalDate today = state.today();
        LocalDate from = today.minusDays(days - 1L);
        Set<LocalDate> adDays = adSpend.between(state.sku(), from, today).stream()
                .filter(share -> share.spend.signum() > 0).map(share -> share.day).collect(Collectors.toSet());
        SalesRepository.Totals window = sales.totals(state.sku(), from, today);
        LocalDate velocityFrom = today.minusDays(settings.velocityWindowDays() - 1L);
        SalesRepository.Totals before = velocityFrom.isBefore(from)
                ? sales.totals(state.sku(), velocityFrom, from.minusDays(1)) : SalesRepository.Totals.NONE;
        return AdsOnlyRule.check(state.need().needed(), LivePlan.quantity(state.need()), adDays, today, days,
                window.units(), window.revenue(), before.units(), before.revenue(),
                config.minimumClearanceDiscount(), config.excessDaysOfSupply());
    }

    /**
     * Alert times in milliseconds: PostgreSQL keeps microseconds, so the events published and delivered carry exactly
     * the times the API reads back.
     */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private void raise(String kind, String sku, String summary, Map<String, String> figures, Instant startsAt) {
        AlertRecord alert = new AlertRecord();
        alert.id = kind + ":" + sku + ":" + UUID.randomUUID();
        alert.kind = kind;
        alert.sku = sku;
        alert.state = AlertEvent.FIRING;
        alert.severity = WARNING;
        alert.summary = summary;
        alert.startsAt = startsAt.truncatedTo(ChronoUnit.MILLIS);
        alert.figures = figures;
        alert.version = 0;
        alert.updatedAt = now();
        alerts.persist(alert);
        changed(alert);
    }

    private void resolve(AlertRecord alert, String why) {
        alert.state = AlertEvent.RESOLVED;
        alert.endsAt = now();
        Map<String, String> figures = new LinkedHashMap<>(alert.figures);
        figures.put("resolvedBecause", why);
        alert.figures = figures;
        changed(alert);
    }

    private void changed(AlertRecord alert) {
        alert.version++;
        alert.updatedAt = now();
        AlertEvent event = toEvent(alert);
        if (webhooks) {
            deliveries.queue(alert.id, alert.state, json(event), alert.updatedAt);
        }
        // the count query flushes this change first, so it counts it
        changes.fire(new AlertChanged(event, alert.version, alerts.firingByKind()));
    }

    private static String json(AlertEvent event) {
        try {
            return EventJson.mapper().writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the event of alert " + event.id(), e);
        }
    }
}
