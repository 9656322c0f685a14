package dev.shelfwise.clearance.plans;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.OptionalLong;

/**
 * The what-if question of {@code POST /v1/clearance/plans}: how to clear {@code quantity} units of a SKU.
 * Fields are nullable so that {@link #validate(LocalDate)} can name what is missing instead of failing on it.
 *
 * @param sku                   the SKU to clear
 * @param quantity              Q, units to clear
 * @param unitCost              c, what one unit cost the seller
 * @param price                 p, current selling price
 * @param disposalFeePerUnit    d, fee to destroy one unit
 * @param holdingCostPerUnitDay h, storage cost of one unit for one day
 * @param budget                optional cap on the money paid out by the selling channels (not by the fallback)
 * @param deadline              optional date by which the stock must be gone (e.g. the next long-term storage fee);
 *                              selling days are the days from "today" up to, not including, the deadline
 * @param channels              the channels to evaluate
 */
public record ClearanceRequest(String sku, Long quantity, BigDecimal unitCost, BigDecimal price,
                               BigDecimal disposalFeePerUnit, BigDecimal holdingCostPerUnitDay, BigDecimal budget,
                               LocalDate deadline, List<ChannelOption> channels) {

    /** The field errors of this request; empty when it can be planned. See {@link ClearanceRequestValidator}. */
    public List<FieldError> validate(LocalDate today) {
        return ClearanceRequestValidator.validate(this, today);
    }

    /** Destruction is the floor: {@code CPA_destroy = c + d}, you lose the cost and pay the fee. */
    public BigDecimal destructionFloor() {
        return unitCost.add(disposalFeePerUnit);
    }

    /** Cost of destroying everything now: {@code Q × (c + d)}, the baseline every plan is compared with. */
    public BigDecimal destroyEverythingNowCost() {
        return destructionFloor().multiply(BigDecimal.valueOf(quantity));
    }

    /**
     * Whole selling days before the deadline, counted from {@code today}: a deadline of tomorrow leaves one day (the
     * deadline day itself is when the fee is charged). Empty without a deadline.
     */
    public OptionalLong sellingDays(LocalDate today) {
        return deadline == null ? OptionalLong.empty() : OptionalLong.of(ChronoUnit.DAYS.between(today, deadline));
    }
}
