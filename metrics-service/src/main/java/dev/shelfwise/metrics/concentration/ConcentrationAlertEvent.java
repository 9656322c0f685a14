package dev.shelfwise.metrics.concentration;

import java.time.Instant;

/**
 * A lifecycle transition of the GMV over-concentration alert, for the caller to store and publish.
 *
 * @param scope        what was evaluated, e.g. {@code trailing-24h} or a promotion id
 * @param startsAt     when the alert started firing (the same in its FIRING and RESOLVED events)
 * @param endsAt       when it resolved; null in a FIRING event
 * @param top1PctShare the share of the top 1 % of active SKUs at this evaluation
 * @param threshold    the level the alert fires at (it resolves below {@code threshold − hysteresis})
 */
public record ConcentrationAlertEvent(
        String scope,
        AlertSeverity severity,
        AlertLifecycle lifecycle,
        Instant startsAt,
        Instant endsAt,
        double top1PctShare,
        double threshold) {

    /** Kind of every event of this alert. */
    public static final String KIND = "gmv-over-concentration";

    public String kind() {
        return KIND;
    }

    /**
     * Identifies one firing episode: the FIRING and RESOLVED events of an episode share it, two episodes never do.
     */
    public String alertId() {
        return KIND + "/" + scope + "/" + severity.code() + "/" + startsAt;
    }
}
