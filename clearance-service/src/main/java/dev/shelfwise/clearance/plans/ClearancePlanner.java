package dev.shelfwise.clearance.plans;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;

/** Answers a what-if request: validate, evaluate every channel, rank, allocate. */
public final class ClearancePlanner {

    private final ClearanceConfig config;

    public ClearancePlanner(ClearanceConfig config) {
        this.config = config;
    }

    /**
     * The plans, ranking and allocation for {@code request}, its deadline counted from {@code today}.
     *
     * @throws InvalidClearanceRequestException when the request has field errors
     */
    public ClearancePlanResult plan(ClearanceRequest request, LocalDate today) {
        List<FieldError> errors = request.validate(today);
        if (!errors.isEmpty()) {
            throw new InvalidClearanceRequestException(errors);
        }
        OptionalLong sellingDays = request.sellingDays(today);
        List<ChannelPlan> plans = request.channels().stream()
                .map(option -> ChannelPlan.evaluate(request, option, sellingDays, config)).toList();
        List<RankedPlan> ranking = PlanRanking.rank(plans, config.tieTolerance());
        return new ClearancePlanResult(request.sku(), request.destructionFloor(), plans, ranking,
                BudgetAllocator.allocate(request, ranking));
    }
}
