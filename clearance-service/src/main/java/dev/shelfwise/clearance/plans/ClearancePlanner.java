package dev.shelfwise.clearance.plans;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.UnaryOperator;

/** Answers a what-if request: validate, evaluate every channel, rank, allocate. */
public final class ClearancePlanner {

    private final ClearanceConfig config;

    public ClearancePlanner(ClearanceConfig config) {
        this.config = config;
    }

    /** The settings this planner applies. */
    public ClearanceConfig config() {
        return config;
    }

    /**
     * The plans, ranking and allocation for {@code request}, its deadline counted from {@code today}.
     *
     * @throws InvalidClearanceRequestException when the request has field errors
     */
    public ClearancePlanResult plan(ClearanceRequest request, LocalDate today) {
        return plan(request, today, UnaryOperator.identity());
    }

    /**
     * As {@link #plan(ClearanceRequest, LocalDate)}, with {@code figures} applied to the evaluated plans before they
     * are ranked and allocated: live planning replaces estimates by measured CPAs there (DESIGN.md §8 "Live CPA").
     * {@code figures} must return one plan per channel, in the same order.
     *
     * @throws InvalidClearanceRequestException when the request has field errors
     */
    public ClearancePlanResult plan(ClearanceRequest request, LocalDate today,
                                    UnaryOperator<List<ChannelPlan>> figures) {
        List<FieldError> errors = request.validate(today);
        if (!errors.isEmpty()) {
            throw new InvalidClearanceRequestException(errors);
        }
        OptionalLong sellingDays = request.sellingDays(today);
        List<ChannelPlan> plans = figures.apply(request.channels().stream()
                .map(option -> ChannelPlan.evaluate(request, option, sellingDays, config)).toList());
        List<RankedPlan> ranking = PlanRanking.rank(plans, config.tieTolerance());
        return new ClearancePlanResult(request.sku(), request.destructionFloor(), plans, ranking,
                BudgetAllocator.allocate(request, ranking));
    }
}
