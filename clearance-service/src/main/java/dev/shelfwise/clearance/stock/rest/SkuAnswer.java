package dev.shelfwise.clearance.stock.rest;

import static dev.shelfwise.clearance.plans.ClearanceMath.forDisplay;

import dev.shelfwise.clearance.plans.FieldError;
import dev.shelfwise.clearance.plans.rest.PlanAnswer;
import dev.shelfwise.clearance.stock.ClearanceNeed;
import dev.shelfwise.clearance.stock.service.LiveView;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A SKU that needs clearance, why, and its current recommended plan.
 *
 * @param averageDailyUnitsSold over the velocity window
 * @param weeksOfCover          null when nothing sells
 * @param unitsToClear          what the plan clears: max(aged units, excess units)
 * @param currentPrice          the average selling price the plan starts from; null when the SKU never sold
 * @param recommendedChannel    the first channel of the ranking when it is viable, else null (destroy or liquidate)
 * @param plan                  the planner's answer; null when the SKU cannot be planned
 * @param planProblems          why not (e.g. no selling price known)
 */
public record SkuAnswer(String sku, long onHand, int oldestAgeDays, long agedUnits,
                        Map<String, Long> unitsByAgeBucket, BigDecimal averageDailyUnitsSold,
                        BigDecimal weeksOfCover, long excessUnits, List<String> reasons, long unitsToClear,
                        BigDecimal currentPrice, String recommendedChannel, PlanAnswer plan,
                        List<FieldError> planProblems) {

    static SkuAnswer of(LiveView view) {
        ClearanceNeed need = view.state().need();
        PlanAnswer plan = view.result() == null ? null : PlanAnswer.of(view.result());
        String recommended = plan == null || plan.ranking().isEmpty() || !plan.ranking().get(0).viable() ? null
                : plan.ranking().get(0).id();
        return new SkuAnswer(need.sku(), need.onHand(), need.oldestAgeDays(), need.agedUnits(),
                need.unitsByAgeBucket(), PlanAnswer.rate(view.state().dailyUnits()), forDisplay(need.weeksOfCover()),
                need.excessUnits(), need.reasons(), view.quantity(), forDisplay(view.state().price()), recommended,
                plan, view.problems());
    }
}
