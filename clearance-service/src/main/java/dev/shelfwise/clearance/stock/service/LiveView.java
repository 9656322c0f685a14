package dev.shelfwise.clearance.stock.service;

import dev.shelfwise.clearance.plans.ChannelPlan;
import dev.shelfwise.clearance.plans.ClearancePlanResult;
import dev.shelfwise.clearance.plans.FieldError;
import dev.shelfwise.clearance.stock.MeasuredCpa;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A SKU's live plan: its channels estimated and measured, and the planner's answer with measured figures in place
 * of estimates where there are enough orders.
 *
 * @param quantity       units the plan clears
 * @param windowFrom     first day of the measured window
 * @param windowTo       last day (today)
 * @param measured       every channel with sales or ad spend in the window
 * @param estimates      every planned channel, estimated
 * @param result         the answer; null when the SKU cannot be planned (see problems)
 * @param problems       why it cannot be planned (e.g. it never sold, so it has no price)
 */
public record LiveView(SkuState state, long quantity, LocalDate windowFrom, LocalDate windowTo,
                       Map<String, MeasuredCpa> measured, List<ChannelPlan> estimates, ClearancePlanResult result,
                       List<FieldError> problems) {
}
