package dev.shelfwise.clearance.stock.service;

import static dev.shelfwise.clearance.plans.ClearanceMath.divide;

import dev.shelfwise.clearance.ClearanceSettings;
import dev.shelfwise.clearance.plans.ChannelOption;
import dev.shelfwise.clearance.plans.ChannelPlan;
import dev.shelfwise.clearance.plans.ClearanceConfig;
import dev.shelfwise.clearance.plans.ClearancePlanResult;
import dev.shelfwise.clearance.plans.ClearancePlanner;
import dev.shelfwise.clearance.plans.ClearanceRequest;
import dev.shelfwise.clearance.plans.FieldError;
import dev.shelfwise.clearance.rest.Page;
import dev.shelfwise.clearance.stock.AttributedSale;
import dev.shelfwise.clearance.stock.ChannelAdSpend;
import dev.shelfwise.clearance.stock.ClearanceNeed;
import dev.shelfwise.clearance.stock.DefaultChannels;
import dev.shelfwise.clearance.stock.InventoryLots;
import dev.shelfwise.clearance.stock.LivePlan;
import dev.shelfwise.clearance.stock.MeasuredCpa;
import dev.shelfwise.clearance.stock.StockLot;
import dev.shelfwise.clearance.stock.StockPosition;
import dev.shelfwise.clearance.stock.repository.AdSpendRepository;
import dev.shelfwise.clearance.stock.repository.AdSpendShareRecord;
import dev.shelfwise.clearance.stock.repository.InventoryRecord;
import dev.shelfwise.clearance.stock.repository.InventoryRepository;
import dev.shelfwise.clearance.stock.repository.SaleLineRecord;
import dev.shelfwise.clearance.stock.repository.SalesRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Reads what the consumers stored and asks the domain: does a SKU need clearance, and how to clear it. Which SKUs
 * need clearance is decided for every SKU at once and reused while no inventory snapshot or sale was stored here
 * since, for {@code shelfwise.clearance.sku-list.max-age} at most (another instance may have stored some).
 */
@ApplicationScoped
public class SkuAssessmentService {

    private final InventoryRepository inventory;
    private final SalesRepository sales;
    private final AdSpendRepository adSpend;
    private final ClearancePlanner planner;
    private final ClearanceSettings settings;
    private final DefaultChannels defaults;
    private final Clock clock;
    private final Duration listMaxAge;
    private final AtomicLong stockVersion = new AtomicLong();
    private final AtomicReference<NeedList> lastList = new AtomicReference<>();

    public SkuAssessmentService(InventoryRepository inventory, SalesRepository sales, AdSpendRepository adSpend,
                                ClearancePlanner planner, ClearanceSettings settings, DefaultChannels defaults,
                                Clock clock, SkuListSettings listSettings) {
        this.listMaxAge = listSettings.maxAge();
        this.inventory = inventory;
        this.sales = sales;
        this.adSpend = adSpend;
        this.planner = planner;
        this.settings = settings;
        this.defaults = defaults;
        this.clock = clock;
    }

    /**
     * One page of the SKUs that need clearance with their live plans.
     *
     * @param total every SKU that needs clearance, on all pages
     * @param skus  this page's, the most units to clear first
     */
    public record ClearancePage(int total, List<LiveView> skus) {
    }

    /**
     * A SKU's need before its price is looked up: the order of the list does not depend on the price.
     *
     * @param quantity units its plan clears, the list's order
     */
    private record Assessed(String sku, SalesRepository.Totals totals, BigDecimal dailyUnits, ClearanceNeed need,
                            long quantity) {
    }

    /** The SKUs that need clearance on a day, in the list's order, as of a stock version and a moment. */
    private record NeedList(LocalDate today, long stockVersion, long computedAtNanos, List<Assessed> needing) {
    }

    void stockChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) StockChanged change) {
        stockVersion.incrementAndGet();
    }

    /** Today in the shop's time zone. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The SKU's state; empty when no inventory snapshot of it arrived. */
    public Optional<SkuState> state(String sku) {
        LocalDate today = today();
        return inventory.findByIdOptional(sku).map(record -> {
            Assessed assessed = assess(sku, record.at, inventory.lots(sku),
                    sales.totals(sku, velocityFrom(today), today), today);
            BigDecimal latestPrice = assessed.totals().units() > 0 ? null : sales.latestUnitPrice(sku).orElse(null);
            return state(assessed, record, latestPrice, today);
        });
    }

    /**
     * The SKUs that need clearance, the most units to clear first, one page of them with their plans. Whether a SKU
     * needs clearance is decided for every SKU from three whole-table reads; the plans, which need each SKU's price,
     * sales and ad spend, only for the page, with one read of each for the whole page.
     */
    public ClearancePage needingClearance(Page page) {
        LocalDate today = today();
        List<Assessed> needing = needing(today);
        List<Assessed> shown = page.slice(needing);
        List<String> skus = shown.stream().map(Assessed::sku).toList();
        Map<String, InventoryRecord> records = inventory.bySku(skus);
        // the latest price only matters for a SKU that did not sell in the velocity window
        Map<String, BigDecimal> latestPrices = sales.latestUnitPrices(shown.stream()
                .filter(assessed -> assessed.totals().units() == 0).map(Assessed::sku).toList());
        LocalDate from = measuredFrom(today);
        Map<String, List<SaleLineRecord>> lines = sales.betweenBySku(skus, from, today);
        Map<String, List<AdSpendShareRecord>> shares = adSpend.betweenBySku(skus, from, today);
        List<LiveView> views = shown.stream().map(assessed -> {
            String sku = assessed.sku();
            return live(state(assessed, records.get(sku), latestPrices.get(sku), today),
                    lines.getOrDefault(sku, List.of()), shares.getOrDefault(sku, List.of()));
        }).toList();
        return new ClearancePage(needing.size(), views);
    }

    private List<Assessed> needing(LocalDate today) {
        NeedList kept = lastList.get();
        if (current(kept, today)) {
            return kept.needing();
        }
        // one computation at a time: those asking meanwhile take its list instead of each computing their own
        synchronized (lastList) {
            kept = lastList.get();
            if (current(kept, today)) {
                return kept.needing();
            }
            long version = stockVersion.get(); // read first: a change stored meanwhile makes this list outdated
            long computedAt = System.nanoTime();
            Map<String, SalesRepository.Totals> totals = sales.totalsBySku(velocityFrom(today), today);
            List<Assessed> needing = inventory.allSnapshotLots().stream()
                    .map(snapshot -> assess(snapshot.sku(), snapshot.at(), snapshot.lots(),
                            totals.getOrDefault(snapshot.sku(), SalesRepository.Totals.NONE), today))
                    .filter(assessed -> assessed.need().needed())
                    .sorted(Comparator.comparingLong(Assessed::quantity).reversed().thenComparing(Assessed::sku))
                    .toList();
            lastList.set(new NeedList(today, version, computedAt, needing));
            return needing;
        }
    }

    private boolean current(NeedList kept, LocalDate today) {
        return kept != null && kept.today().equals(today) && kept.stockVersion() == stockVersion.get()
                && System.nanoTime() - kept.computedAtNanos() < listMaxAge.toNanos();
    }

    /** The SKU's channels, estimated and measured over the trailing window, and its plan. */
    public LiveView live(SkuState state) {
        LocalDate to = state.today();
        LocalDate from = measuredFrom(to);
        return live(state, sales.between(state.sku(), from, to), adSpend.between(state.sku(), from, to));
    }

    private LiveView live(SkuState state, List<SaleLineRecord> lines, List<AdSpendShareRecord> shares) {
        ClearanceConfig config = planner.config();
        int windowDays = config.measuredWindowDays();
        LocalDate to = state.today();
        LocalDate from = measuredFrom(to);
        InventoryRecord stock = state.inventory();
        List<AttributedSale> attributed = lines.stream()
                .map(line -> {
                    BigDecimal unitCost = line.unitCost != null ? line.unitCost
                            : stock.unitCost != null ? stock.unitCost : BigDecimal.ZERO;
                    return new AttributedSale(line.channel, line.day, line.units, line.revenue,
                            unitCost.multiply(BigDecimal.valueOf(line.units)), null);
                }).toList();
        List<ChannelAdSpend> spend = shares.stream()
                .map(share -> new ChannelAdSpend(share.channel, share.day, share.spend, share.clicks)).toList();
        Map<String, MeasuredCpa> measured = MeasuredCpa.measureAll(attributed, spend, to, windowDays);

        long quantity = LivePlan.quantity(state.need());
        List<ChannelOption> channels = LivePlan.channels(state.price(), state.dailyUnits(), quantity, measured,
                windowDays, config, defaults);
        ClearanceRequest request = LivePlan.request(state.sku(), quantity, stock.unitCost, state.price(),
                stock.disposalFeePerUnit, LivePlan.holdingCostPerUnitDay(stock.storageFeePerUnitMonth, defaults),
                channels);
        List<FieldError> problems = request.validate(to);
        if (!problems.isEmpty()) {
            return new LiveView(state, quantity, from, to, measured, List.of(), null, problems);
        }
        List<ChannelPlan> estimates = channels.stream()
                .map(option -> ChannelPlan.evaluate(request, option, OptionalLong.empty(), config)).toList();
        ClearancePlanResult result = planner.plan(request, to,
                plans -> MeasuredCpa.applyAll(plans, measured, config.minimumMeasuredOrders()));
        return new LiveView(state, quantity, from, to, measured, estimates, result, List.of());
    }

    /** @param at when the SKU's latest inventory snapshot was taken */
    private Assessed assess(String sku, OffsetDateTime at, List<StockLot> lotsAtSnapshot,
                            SalesRepository.Totals totals, LocalDate today) {
        LocalDate snapshotDay = at.atZoneSameInstant(settings.timeZone()).toLocalDate();
        List<StockLot> lots = InventoryLots.asOf(lotsAtSnapshot, snapshotDay, today);
        BigDecimal dailyUnits = divide(BigDecimal.valueOf(totals.units()),
                BigDecimal.valueOf(settings.velocityWindowDays()));
        ClearanceNeed need = ClearanceNeed.assess(new StockPosition(sku, lots, dailyUnits), planner.config());
        return new Assessed(sku, totals, dailyUnits, need, LivePlan.quantity(need));
    }

    /** @param latestUnitPrice the SKU's latest selling price; read only when it did not sell in the window */
    private static SkuState state(Assessed assessed, InventoryRecord record, BigDecimal latestUnitPrice,
                                  LocalDate today) {
        SalesRepository.Totals totals = assessed.totals();
        BigDecimal price = totals.units() > 0 ? divide(totals.revenue(), BigDecimal.valueOf(totals.units()))
                : latestUnitPrice;
        return new SkuState(assessed.sku(), today, record, assessed.need(), assessed.dailyUnits(), price);
    }

    private LocalDate velocityFrom(LocalDate today) {
        return today.minusDays(settings.velocityWindowDays() - 1L);
    }

    private LocalDate measuredFrom(LocalDate today) {
        return today.minusDays(planner.config().measuredWindowDays() - 1L);
    }
}
