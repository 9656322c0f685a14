package dev.shelfwise.metrics.concentration.alerts.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.shelfwise.contracts.EventJson;
import dev.shelfwise.metrics.MetricsConfig;
import dev.shelfwise.metrics.concentration.AlertLifecycle;
import dev.shelfwise.metrics.concentration.AlertSeverity;
import dev.shelfwise.metrics.concentration.ConcentrationAlertEvent;
import dev.shelfwise.metrics.concentration.ConcentrationAlertState;
import dev.shelfwise.metrics.concentration.ConcentrationThresholds;
import dev.shelfwise.metrics.concentration.GmvConcentration;
import dev.shelfwise.metrics.concentration.alerts.Alert;
import dev.shelfwise.metrics.concentration.alerts.AlertSettings;
import dev.shelfwise.metrics.concentration.alerts.EvaluationScope;
import dev.shelfwise.metrics.concentration.alerts.EvaluationScopes;
import dev.shelfwise.metrics.concentration.alerts.repository.AlertRepository;
import dev.shelfwise.metrics.concentration.alerts.repository.AlertRepository.ScopeState;
import dev.shelfwise.metrics.concentration.alerts.repository.PromotionRepository;
import dev.shelfwise.metrics.concentration.service.ConcentrationService;
import dev.shelfwise.metrics.indices.DateRange;
import dev.shelfwise.metrics.rollups.RollupReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One evaluation of every scope, in one transaction: restore each scope's alert state from the database, feed it
 * the scope's top-1 % share, store the new state with the alerts and transitions it caused. State lives only in the
 * database, so a restart resumes exactly where the last committed evaluation left off.
 */
@ApplicationScoped
public class ConcentrationAlertEvaluator {
    private final RollupReader reader;
    private final ConcentrationService concentrations;
    private final AlertRepository alerts;
    private final PromotionRepository promotions;
    private final ZoneId zone;
    private final Optional<DateRange> configuredWindow;
    private final boolean webhooks;
    private final String source;

    public ConcentrationAlertEvaluator(RollupReader reader, ConcentrationService concentrations, AlertRepository alerts,
                                       PromotionRepository promotions, MetricsConfig config, AlertSettings settings,
                                       @ConfigProperty(name = "quarkus.application.name") String source) {
        this.reader = reader;
        this.concentrations = concentrations;
        this.alerts = alerts;
        this.promotions = promotions;
        this.zone = config.timezone();
        this.configuredWindow = EvaluationScopes.configuredWindow(settings.promotionWindow().start(),
                settings.promotionWindow().end());
        this.webhooks = !settings.receivers().isEmpty();
        this.source = source;
    }

    /** Evaluates every scope at {@code at} (the wall-clock time alerts start and end at). */
    @Transactional(rollbackOn = Exception.class)
    public Evaluation evaluate(Instant at) throws SQLException {
        alerts.lockEvaluation();
        OffsetDateTime completeThrough = reader.completeThrough();
        List<EvaluationScope> scopes = EvaluationScopes.plan(
                completeThrough == null ? null : completeThrough.atZoneSameInstant(zone).toLocalDate(),
                promotions.windows(), configuredWindow);
        ConcentrationThresholds thresholds = concentrations.thresholds();
        Map<String, ScopeState> stored = alerts.states();
        Map<String, GmvConcentration> figures = new LinkedHashMap<>();
        List<Alert> transitions = new ArrayList<>();

        for (EvaluationScope scope : scopes) {
            GmvConcentration concentration = concentrations.of(scope.window());
            ConcentrationAlertState state = restore(scope.name(), thresholds, stored.get(scope.name()));
            for (ConcentrationAlertEvent event : state.evaluate(concentration, at)) {
                record(event, concentration, scope.window(), thresholds).ifPresent(transitions::add);
            }
            // the state's own last evaluation: a stale one (clock skew between instances) must not move it back
            alerts.saveState(new ScopeState(scope.name(), state.firingSince(AlertSeverity.WARNING).orElse(null),
                    state.firingSince(AlertSeverity.CRITICAL).orElse(null), state.lastEvaluatedAt().orElse(at),
                    concentration.top1PctShare()));
            figures.put(scope.name(), concentration);
        }
        for (ScopeState left : stored.values()) {
            if (!figures.containsKey(left.scope())) {
                transitions.addAll(endScope(left, thresholds, at));
            }
        }
        return new Evaluation(at, completeThrough, figures, transitions);
    }

    private static ConcentrationAlertState restore(String scope, ConcentrationThresholds thresholds, ScopeState state) {
        return state == null ? new ConcentrationAlertState(scope, thresholds)
                : ConcentrationAlertState.restore(scope, thresholds, state.warningSince(), state.criticalSince(),
                state.lastEvaluatedAt());
    }

    private Optional<Alert> record(ConcentrationAlertEvent event, GmvConcentration concentration, DateRange window,
                                   ConcentrationThresholds thresholds) throws SQLException {
        if (event.lifecycle() == AlertLifecycle.FIRING) {
            Alert alert = Alert.firing(event, concentration, window, thresholds.hysteresis());
            // the primary key is the last guard against a second firing event for one episode
            return alerts.insertFiring(alert) ? Optional.of(queue(alert)) : Optional.empty();
        }
        Optional<Alert> fired = alerts.find(event.alertId());
        if (fired.isEmpty()) {
            return Optional.empty();
        }
        Alert resolved = fired.get().resolved(event);
        return alerts.resolve(resolved) ? Optional.of(queue(resolved)) : Optional.empty();
    }

    /**
     * A scope that is no longer evaluated (its promotion ended or was deleted) cannot fall below the level any more:
     * its firing alerts resolve now instead of firing forever.
     */
    private List<Alert> endScope(ScopeState state, ConcentrationThresholds thresholds, Instant at) throws SQLException {
        List<Alert> ended = new ArrayList<>();
        for (AlertSeverity severity : AlertSeverity.values()) {
            Instant since = state.firingSince(severity);
            if (since == null) {
                continue;
            }
            double lastShare = state.lastTop1PctShare() == null ? 0 : state.lastTop1PctShare();
            String id = new ConcentrationAlertEvent(state.scope(), severity, AlertLifecycle.RESOLVED, since, at,
                    lastShare, severity.threshold(thresholds)).alertId();
            Optional<Alert> resolved = alerts.find(id).map(fired -> fired.ended(at));
            if (resolved.isPresent() && alerts.resolve(resolved.get())) {
                ended.add(queue(resolved.get()));
            }
        }
        if (state.warningSince() != null || state.criticalSince() != null) {
            alerts.saveState(new ScopeState(state.scope(), null, null, at, state.lastTop1PctShare()));
        }
        return ended;
    }

    /** Stores the transition for alerts.v1 (and the webhooks), published after this transaction commits. */
    private Alert queue(Alert alert) throws SQLException {
        try {
            alerts.addTransition(alert.id(), alert.state(),
                    EventJson.mapper().writeValueAsString(alert.toEvent(source)), webhooks);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the event of alert " + alert.id(), e);
        }
        return alert;
    }
}
