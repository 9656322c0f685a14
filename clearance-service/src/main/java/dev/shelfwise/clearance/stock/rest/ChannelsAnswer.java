package dev.shelfwise.clearance.stock.rest;

import static dev.shelfwise.clearance.plans.ClearanceMath.forDisplay;

import dev.shelfwise.clearance.plans.ChannelKind;
import dev.shelfwise.clearance.plans.ChannelPlan;
import dev.shelfwise.clearance.plans.CpaSource;
import dev.shelfwise.clearance.plans.FieldError;
import dev.shelfwise.clearance.plans.rest.PlanAnswer;
import dev.shelfwise.clearance.stock.LivePlan;
import dev.shelfwise.clearance.stock.MeasuredCpa;
import dev.shelfwise.clearance.stock.service.LiveView;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A SKU's channels: the estimate next to the trailing-window measurement, and which one the ranking uses.
 *
 * @param from                  first day of the measured window
 * @param to                    last day (today)
 * @param minimumMeasuredOrders orders in the window before the measured CPA replaces the estimate
 * @param needsClearance        whether the SKU needs clearance today
 * @param unitsPlanned          units the estimates clear (units to clear, or all on hand for a healthy SKU)
 * @param ranking               the live ranking, measured figures in place where there are enough orders
 * @param planProblems          why there are no estimates (e.g. no selling price known)
 */
public record ChannelsAnswer(String sku, LocalDate from, LocalDate to, int minimumMeasuredOrders,
                             boolean needsClearance, long unitsPlanned, List<Channel> channels,
                             List<PlanAnswer.Rank> ranking, List<FieldError> planProblems) {

    /**
     * One channel.
     *
     * @param estimate    the planner's estimate for clearing the planned units, null for natural-sales channels
     * @param measured    the trailing-window measurement, null when the channel had no sale nor spend in it
     * @param rankingUses {@code measured}, {@code estimate}, or null when the channel is not ranked
     * @param note        why it is not ranked, when it is not
     */
    public record Channel(String id, String kind, Estimate estimate, Measured measured, String rankingUses,
                          String note) {
    }

    /** The estimate of a channel, as the what-if answer gives it. */
    public record Estimate(BigDecimal expectedOrdersPerDay, BigDecimal daysToClear, BigDecimal totalCost,
                           BigDecimal cpa, BigDecimal conversionRate, boolean viable, String notViableReason) {

        static Estimate of(ChannelPlan plan) {
            return new Estimate(PlanAnswer.rate(plan.expectedOrdersPerDay()), forDisplay(plan.daysToClear()),
                    forDisplay(plan.netCost()), forDisplay(plan.cpa()), PlanAnswer.rate(plan.conversionRate()),
                    plan.viable(), plan.notViableReason());
        }
    }

    /**
     * What the channel did in the window: CPA = (ad spend + fees − gross profit) / units; conversion = orders / clicks
     * (null without clicks).
     */
    public record Measured(long orders, long units, long clicks, BigDecimal adSpend, BigDecimal fees,
                           BigDecimal grossProfit, BigDecimal cpa, BigDecimal conversionRate, boolean enoughOrders) {

        static Measured of(MeasuredCpa measured, int minimumOrders) {
            return new Measured(measured.orders(), measured.units(), measured.clicks(),
                    forDisplay(measured.adSpend()), forDisplay(measured.fees()), forDisplay(measured.grossProfit()),
                    forDisplay(measured.cpa()), PlanAnswer.rate(measured.conversionRate()),
                    measured.enoughOrders(minimumOrders));
        }
    }

    static ChannelsAnswer of(LiveView view, int minimumOrders) {
        Map<String, ChannelPlan> estimates = view.estimates().stream()
                .collect(Collectors.toMap(ChannelPlan::channelId, Function.identity()));
        Map<String, ChannelPlan> ranked = view.result() == null ? Map.of() : view.result().plans().stream()
                .collect(Collectors.toMap(ChannelPlan::channelId, Function.identity()));
        Set<String> ids = new LinkedHashSet<>();
        view.estimates().forEach(plan -> ids.add(plan.channelId()));
        ids.addAll(view.measured().keySet());

        List<Channel> channels = new ArrayList<>();
        for (String id : ids) {
            ChannelPlan estimate = estimates.get(id);
            MeasuredCpa measured = view.measured().get(id);
            ChannelPlan used = ranked.get(id);
            String kind = estimate != null ? estimate.kind().jsonName()
                    : LivePlan.observedKind(id).map(ChannelKind::jsonName).orElse(null);
            String note = used != null ? null : estimate == null && kind == null
                    ? "natural sales: counted in the sales velocity, not a clearance channel"
                    : "not ranked: the SKU cannot be planned (see planProblems)";
            channels.add(new Channel(id, kind, estimate == null ? null : Estimate.of(estimate),
                    measured == null ? null : Measured.of(measured, minimumOrders),
                    used == null ? null : source(used.cpaSource()), note));
        }
        List<PlanAnswer.Rank> ranking = view.result() == null ? List.of()
                : PlanAnswer.of(view.result()).ranking();
        return new ChannelsAnswer(view.state().sku(), view.windowFrom(), view.windowTo(), minimumOrders,
                view.state().need().needed(), view.quantity(), channels, ranking, view.problems());
    }

    private static String source(CpaSource source) {
        return source.name().toLowerCase(Locale.ROOT);
    }
}
