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
import dev.shelfwise.clearance.stock.repository.InventoryRecord;
import dev.shelfwise.clearance.stock.repository.InventoryRepository;
import dev.shelfwise.clearance.stock.repository.SalesRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** Reads what the consumers stored and asks the domain: does a SKU need clearance, and how to clear it. */
@ApplicationScoped
public class SkuAssessmentService {

    private final InventoryRepository inventory;
    private final SalesRepository sales;
    private final AdSpendRepository adSpend;
    private final ClearancePlanner planner;
    private final ClearanceSettings settings;
    private final DefaultChannels defaults;
    private final Clock clock;

    public SkuAssessmentService(InventoryRepository inventory, SalesRepository sales, AdSpendRepository adSpend,
                                ClearancePlanner planner, ClearanceSettings settings, DefaultChannels defaults,
                                Clock clock) {
        this.inventory = inventory;
        this.sales = sales;
        this.adSpend = adSpend;
        this.planner = planner;
        this.settings = settings;
        this.defaults = defaults;
        this.clock = clock;
    }

    /** Today in the shop's time zone. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The SKU's state; empty when no inventory snapshot of it arrived. */
    public Optional<SkuState> state(String sku) {
        LocalDate today = today();
        return inventory.findByIdOptional(sku).map(record -> {
            SalesRepository.Totals totals = sales.totals(sku, velocityFrom(today), today);
            return state(record, inventory.lots(sku), totals, today);
        });
    }

    /** Every SKU that needs clearance, the most units to clear first. */
    public List<SkuState> needingClearance() {
        LocalDate today = today();
        Map<String, List<StockLot>> lots = inventory.allLots();
        Map<String, SalesRepository.Totals> totals = sales.totalsBySku(velocityFrom(today), today);
        return inventory.listAll().stream()
                .map(record -> state(record, lots.getOrDefault(record.sku, List.of()),
                        totals.getOrDefault(record.sku, SalesRepository.Totals.NONE), today))
                .filter(state -> state.need().needed())
                .sorted(Comparator.comparingLong((SkuState state) -> LivePlan.quantity(state.need())).reversed()
                        .thenComparing(SkuState::sku))
                .toList();
    }

    /** The SKU's channels, estimated and measured over the trailing window, and its plan. */
    public LiveView live(SkuState state) {
        ClearanceConfig config = planner.config();
        int windowDays = config.measuredWindowDays();
        LocalDate to = state.today();
        LocalDate from = to.minusDays(windowDays - 1L);
        InventoryRecord stock = state.inventory();
        List<AttributedSale> attributed = sales.between(state.sku(), from, to).stream()
                .map(line -> {
                    BigDecimal unitCost = line.unitCost != null ? line.unitCost
                            : stock.unitCost != null ? stock.unitCost : BigDecimal.ZERO;
                    return new AttributedSale(line.channel, line.day, line.units, line.revenue,
                            unitCost.multiply(BigDecimal.valueOf(line.units)), null);
                }).toList();
        List<ChannelAdSpend> spend = adSpend.between(state.sku(), from, to).stream()
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

    private SkuState state(InventoryRecord record, List<StockLot> lotsAtSnapshot, SalesRepository.Totals totals,
                           LocalDate today) {
        LocalDate snapshotDay = record.at.atZoneSameInstant(settings.timeZone()).toLocalDate();
        List<StockLot> lots = InventoryLots.asOf(lotsAtSnapshot, snapshotDay, today);
        BigDecimal dailyUnits = divide(BigDecimal.valueOf(totals.units()),
                BigDecimal.valueOf(settings.velocityWindowDays()));
        ClearanceNeed need = ClearanceNeed.assess(new StockPosition(record.sku, lots, dailyUnits), planner.config());
        BigDecimal price = totals.units() > 0 ? divide(totals.revenue(), BigDecimal.valueOf(totals.units()))
                : sales.latestUnitPrice(record.sku).orElse(null);
        return new SkuState(record.sku, today, record, need, dailyUnits, price);
    }

    private LocalDate velocityFrom(LocalDate today) {
        return today.minusDays(settings.velocityWindowDays() - 1L);
    }
}
