package dev.shelfwise.metrics.concentration.alerts;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;

/**
 * The figures that fired an alert, as the evaluation saw them.
 *
 * @param top1PctShare          share of GMV of the top 1 % of active SKUs (at least one)
 * @param threshold             the level it rose above
 * @param hysteresis            how far below the level the share must fall to resolve
 * @param resolvedTop1PctShare  the share that resolved it; absent while firing or when its scope stopped running
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AlertFigures(double top1PctShare, double threshold, double hysteresis, int activeSkus, BigDecimal gmv,
                           double gini, double hhi, Double resolvedTop1PctShare) {

    public AlertFigures withResolvedShare(double share) {
        return new AlertFigures(top1PctShare, threshold, hysteresis, activeSkus, gmv, gini, hhi, share);
    }
}
