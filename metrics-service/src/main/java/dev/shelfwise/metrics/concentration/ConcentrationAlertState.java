package dev.shelfwise.metrics.concentration;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Lifecycle of the GMV over-concentration alert of one scope (trailing 24 h, or one promotion), fed with
 * successive evaluations of the top-1 % share.
 *
 * <p>Each {@link AlertSeverity} is an alert of its own: it fires when the share rises strictly above its level and
 * resolves only when the share falls strictly below {@code level − hysteresis}. While it fires, further evaluations
 * above the level produce nothing (deduplication), and so do evaluations in the hysteresis band either way. A jump
 * past both levels fires WARNING then CRITICAL; a drop below both resolves CRITICAL then WARNING.
 *
 * <p>No timers and no clock: the caller passes each evaluation's time. Evaluations older than the last one are stale
 * (e.g. redelivered) and ignored. Not thread-safe: one evaluator per scope. The state is small enough to persist
 * ({@link #firingSince}, {@link #lastEvaluatedAt}) and {@link #restore} after a restart.
 */
public final class ConcentrationAlertState {

    private final String scope;
    private final ConcentrationThresholds thresholds;
    private final Map<AlertSeverity, Instant> firingSince = new EnumMap<>(AlertSeverity.class);
    private Instant lastEvaluatedAt;

    public ConcentrationAlertState(String scope, ConcentrationThresholds thresholds) {
        this.scope = Objects.requireNonNull(scope, "scope");
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
    }

    /**
     * Rebuilds a persisted state.
     *
     * @param warningSince    when the WARNING alert started firing, null when it is not firing
     * @param criticalSince   when the CRITICAL alert started firing, null when it is not firing
     * @param lastEvaluatedAt time of the last evaluation, null when there was none
     */
    public static ConcentrationAlertState restore(String scope, ConcentrationThresholds thresholds,
            Instant warningSince, Instant criticalSince, Instant lastEvaluatedAt) {
        ConcentrationAlertState state = new ConcentrationAlertState(scope, thresholds);
        if (warningSince != null) {
            state.firingSince.put(AlertSeverity.WARNING, warningSince);
        }
        if (criticalSince != null) {
            state.firingSince.put(AlertSeverity.CRITICAL, criticalSince);
        }
        state.lastEvaluatedAt = lastEvaluatedAt;
        return state;
    }

    /** Evaluates a concentration report's top-1 % share. */
    public List<ConcentrationAlertEvent> evaluate(GmvConcentration concentration, Instant at) {
        return evaluate(concentration.top1PctShare(), at);
    }

    /**
     * Feeds one evaluation.
     *
     * @param top1PctShare share of GMV held by the top 1 % of active SKUs, in [0, 1]
     * @param at           when the figure was evaluated
     * @return the transitions this evaluation caused, in the order to publish them; usually none
     */
    public List<ConcentrationAlertEvent> evaluate(double top1PctShare, Instant at) {
        Objects.requireNonNull(at, "at");
        if (!(top1PctShare >= 0 && top1PctShare <= 1)) {
            throw new IllegalArgumentException("top1PctShare must be in [0, 1], was " + top1PctShare);
        }
        if (lastEvaluatedAt != null && at.isBefore(lastEvaluatedAt)) {
            return List.of();
        }
        lastEvaluatedAt = at;

        List<ConcentrationAlertEvent> events = new ArrayList<>(2);
        for (AlertSeverity severity : List.of(AlertSeverity.CRITICAL, AlertSeverity.WARNING)) {
            double level = severity.threshold(thresholds);
            if (isFiring(severity) && thresholds.isClearlyBelow(top1PctShare, level)) {
                events.add(new ConcentrationAlertEvent(scope, severity, AlertLifecycle.RESOLVED,
                        firingSince.remove(severity), at, top1PctShare, level));
            }
        }
        for (AlertSeverity severity : List.of(AlertSeverity.WARNING, AlertSeverity.CRITICAL)) {
            double level = severity.threshold(thresholds);
            if (!isFiring(severity) && thresholds.isAbove(top1PctShare, level)) {
                firingSince.put(severity, at);
                events.add(new ConcentrationAlertEvent(scope, severity, AlertLifecycle.FIRING,
                        at, null, top1PctShare, level));
            }
        }
        return List.copyOf(events);
    }

    public boolean isFiring(AlertSeverity severity) {
        return firingSince.containsKey(severity);
    }

    /** When the alert of this severity started firing; empty when it is not firing. */
    public Optional<Instant> firingSince(AlertSeverity severity) {
        return Optional.ofNullable(firingSince.get(severity));
    }

    public Optional<Instant> lastEvaluatedAt() {
        return Optional.ofNullable(lastEvaluatedAt);
    }

    /** Status with hysteresis: the most severe alert that is firing, healthy when none is. */
    public ConcentrationStatus status() {
        if (isFiring(AlertSeverity.CRITICAL)) {
            return ConcentrationStatus.OVER_CONCENTRATED;
        }
        if (isFiring(AlertSeverity.WARNING)) {
            return ConcentrationStatus.WARNING;
        }
        return ConcentrationStatus.HEALTHY;
    }

    public String scope() {
        return scope;
    }

    public ConcentrationThresholds thresholds() {
        return thresholds;
    }
}
