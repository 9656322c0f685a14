package dev.shelfwise.metrics.concentration.alerts.repository;

import dev.shelfwise.alerts.delivery.DeliveryAttempt;
import dev.shelfwise.alerts.delivery.Transition;
import dev.shelfwise.metrics.concentration.AlertLifecycle;
import dev.shelfwise.metrics.concentration.AlertSeverity;
import dev.shelfwise.metrics.concentration.alerts.Alert;
import dev.shelfwise.metrics.concentration.alerts.AlertFigures;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Alert state, alerts, transitions and delivery attempts over JDBC. Within a transaction every method joins it (the
 * datasource connection is enlisted), so an evaluation stores state, alerts and transitions together or not at all.
 */
@ApplicationScoped
public class AlertRepository {
    /** Key of the advisory lock that serialises evaluations across threads and instances (ASCII "SHELFAL"). */
    private static final long EVALUATION_LOCK = 0x5348454c46414cL;
    /** A round claims at most this many transitions for delivery; the rest wait for the next round. */
    private static final int CLAIM_LIMIT = 100;
    private static final String ALERT_COLUMNS = "id, kind, severity, state, scope, window_start, window_end, starts_at,"
            + " ends_at, summary, top1pct_share, threshold, hysteresis, active_skus, gmv, gini, hhi, resolved_top1pct_share";

    private final AgroalDataSource dataSource;

    public AlertRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A scope's persisted {@code ConcentrationAlertState}; null instants when not firing / never evaluated. */
    public record ScopeState(String scope, Instant warningSince, Instant criticalSince, Instant lastEvaluatedAt,
                             Double lastTop1PctShare) {
        public Instant firingSince(AlertSeverity severity) {
            return severity == AlertSeverity.CRITICAL ? criticalSince : warningSince;
        }
    }

    /** Waits for any other evaluation (thread or instance) to commit; released when this transaction ends. */
    public void lockEvaluation() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            lock.setLong(1, EVALUATION_LOCK);
            lock.executeQuery().close();
        }
    }

    public Map<String, ScopeState> states() throws SQLException {
        Map<String, ScopeState> states = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT scope, warning_since, critical_since,"
                     + " last_evaluated_at, last_top1pct_share FROM concentration_alert_state ORDER BY scope");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                BigDecimal share = rows.getBigDecimal(5);
                states.put(rows.getString(1), new ScopeState(rows.getString(1), instant(rows, 2), instant(rows, 3),
                        instant(rows, 4), share == null ? null : share.doubleValue()));
            }
        }
        return states;
    }

    public void saveState(ScopeState state) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement upsert = connection.prepareStatement("INSERT INTO concentration_alert_state(scope,"
                     + " warning_since, critical_since, last_evaluated_at, last_top1pct_share) VALUES (?, ?, ?, ?, ?)"
                     + " ON CONFLICT (scope) DO UPDATE SET warning_since = EXCLUDED.warning_since,"
                     + " critical_since = EXCLUDED.critical_since, last_evaluated_at = EXCLUDED.last_evaluated_at,"
                     + " last_top1pct_share = EXCLUDED.last_top1pct_share")) {
            upsert.setString(1, state.scope());
            setInstant(upsert, 2, state.warningSince());
            setInstant(upsert, 3, state.criticalSince());
            setInstant(upsert, 4, state.lastEvaluatedAt());
            if (state.lastTop1PctShare() == null) {
                upsert.setNull(5, Types.NUMERIC);
            } else {
                upsert.setBigDecimal(5, BigDecimal.valueOf(state.lastTop1PctShare()));
            }
            upsert.executeUpdate();
        }
    }

    /** Stores a new firing alert; false when an alert with its id exists already (never fire an episode twice). */
    public boolean insertFiring(Alert alert) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO alert(" + ALERT_COLUMNS + ") VALUES"
                     + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING")) {
            AlertFigures figures = alert.figures();
            insert.setString(1, alert.id());
            insert.setString(2, alert.kind());
            insert.setString(3, alert.severity());
            insert.setString(4, alert.state());
            insert.setString(5, alert.scope());
            insert.setDate(6, Date.valueOf(alert.window().from()));
            insert.setDate(7, Date.valueOf(alert.window().to()));
            setInstant(insert, 8, alert.startsAt());
            setInstant(insert, 9, alert.endsAt());
            insert.setString(10, alert.summary());
            insert.setBigDecimal(11, BigDecimal.valueOf(figures.top1PctShare()));
            insert.setBigDecimal(12, BigDecimal.valueOf(figures.threshold()));
            insert.setBigDecimal(13, BigDecimal.valueOf(figures.hysteresis()));
            insert.setInt(14, figures.activeSkus());
            insert.setBigDecimal(15, figures.gmv());
            insert.setBigDecimal(16, BigDecimal.valueOf(figures.gini()));
            insert.setBigDecimal(17, BigDecimal.valueOf(figures.hhi()));
            insert.setNull(18, Types.NUMERIC);
            return insert.executeUpdate() == 1;
        }
    }

    /** Marks a firing alert resolved; false when it is unknown or resolved already. */
    public boolean resolve(Alert resolved) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("UPDATE alert SET state = ?, ends_at = ?,"
                     + " summary = ?, resolved_top1pct_share = ? WHERE id = ? AND state = ?")) {
            update.setString(1, AlertLifecycle.RESOLVED.code());
            setInstant(update, 2, resolved.endsAt());
            update.setString(3, resolved.summary());
            Double share = resolved.figures().resolvedTop1PctShare();
            if (share == null) {
                update.setNull(4, Types.NUMERIC);
            } else {
                update.setBigDecimal(4, BigDecimal.valueOf(share));
            }
            update.setString(5, resolved.id());
            update.setString(6, AlertLifecycle.FIRING.code());
            return update.executeUpdate() == 1;
        }
    }

    /** Queues a transition for alerts.v1 and, when {@code deliver}, for the webhooks. */
    public void addTransition(String alertId, String state, String eventJson, boolean deliver) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO alert_transition(alert_id, state, event, webhook_pending) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, alertId);
            insert.setString(2, state);
            insert.setString(3, eventJson);
            insert.setBoolean(4, deliver);
            insert.executeUpdate();
        }
    }

    /** Transitions Kafka has not acknowledged yet, oldest first. */
    public List<Transition> unpublished() throws SQLException {
        return transitions("published_at IS NULL");
    }

    public void markPublished(long seq) throws SQLException {
        update("UPDATE alert_transition SET published_at = now() WHERE seq = ?", seq);
    }

    /**
     * Transitions whose webhook delivery has not finished and that nobody claimed within {@code claim}, oldest first,
     * now claimed for {@code claim} (locked rows another instance is claiming are skipped).
     */
    public List<Transition> claimUndelivered(Duration claim) throws SQLException {
        List<Transition> claimed = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("UPDATE alert_transition"
                     + " SET delivery_claimed_until = now() + ? * interval '1 millisecond'"
                     + " WHERE seq IN (SELECT seq FROM alert_transition WHERE webhook_pending"
                     + " AND (delivery_claimed_until IS NULL OR delivery_claimed_until < now())"
                     + " ORDER BY seq LIMIT ? FOR UPDATE SKIP LOCKED)"
                     + " RETURNING seq, alert_id, state, event")) {
            update.setLong(1, claim.toMillis());
            update.setInt(2, CLAIM_LIMIT);
            try (ResultSet rows = update.executeQuery()) {
                while (rows.next()) {
                    claimed.add(new Transition(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4)));
                }
            }
        }
        claimed.sort(Comparator.comparingLong(Transition::seq));
        return claimed;
    }

    public void markDelivered(long seq) throws SQLException {
        update("UPDATE alert_transition SET webhook_pending = false WHERE seq = ?", seq);
    }

    public void recordAttempt(String alertId, DeliveryAttempt attempt) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO alert_delivery(alert_id, state,"
                     + " receiver, attempt, attempted_at, status_code, error) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, alertId);
            insert.setString(2, attempt.state());
            insert.setString(3, attempt.receiver());
            insert.setInt(4, attempt.attempt());
            setInstant(insert, 5, attempt.at());
            if (attempt.statusCode() == null) {
                insert.setNull(6, Types.INTEGER);
            } else {
                insert.setInt(6, attempt.statusCode());
            }
            insert.setString(7, attempt.error());
            insert.executeUpdate();
        }
    }

    /** Alerts newest first, optionally of one state and one scope, with their delivery attempts. */
    public List<Alert> list(Optional<String> state, Optional<String> scope, int limit) throws SQLException {
        List<Alert> alerts = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT " + ALERT_COLUMNS + " FROM alert"
                     + " WHERE (CAST(? AS TEXT) IS NULL OR state = ?) AND (CAST(? AS TEXT) IS NULL OR scope = ?)"
                     + " ORDER BY starts_at DESC, id LIMIT ?")) {
            query.setString(1, state.orElse(null));
            query.setString(2, state.orElse(null));
            query.setString(3, scope.orElse(null));
            query.setString(4, scope.orElse(null));
            query.setInt(5, limit);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    alerts.add(alert(rows));
                }
            }
        }
        return withDeliveries(alerts);
    }

    public Optional<Alert> find(String id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT " + ALERT_COLUMNS + " FROM alert WHERE id = ?")) {
            query.setString(1, id);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(withDeliveries(List.of(alert(rows))).get(0)) : Optional.empty();
            }
        }
    }

    /** Firing alerts of a kind per severity (severities without any are absent). */
    public Map<AlertSeverity, Long> firingCounts(String kind) throws SQLException {
        Map<String, AlertSeverity> byCode = new HashMap<>();
        for (AlertSeverity severity : AlertSeverity.values()) {
            byCode.put(severity.code(), severity);
        }
        Map<AlertSeverity, Long> counts = new EnumMap<>(AlertSeverity.class);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT severity, count(*) FROM alert WHERE kind = ? AND state = ? GROUP BY severity")) {
            query.setString(1, kind);
            query.setString(2, AlertLifecycle.FIRING.code());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.put(byCode.get(rows.getString(1)), rows.getLong(2));
                }
            }
        }
        return counts;
    }

    /** The alerts with every delivery attempt and whether the delivery of their current state is still pending. */
    private List<Alert> withDeliveries(List<Alert> alerts) throws SQLException {
        if (alerts.isEmpty()) {
            return alerts;
        }
        Map<String, List<DeliveryAttempt>> attempts = new HashMap<>();
        Set<String> pending = new HashSet<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement attemptQuery = connection.prepareStatement("SELECT alert_id, state, receiver, attempt,"
                     + " attempted_at, status_code, error FROM alert_delivery WHERE alert_id = ANY(?) ORDER BY id");
             PreparedStatement pendingQuery = connection.prepareStatement("SELECT DISTINCT alert_id, state"
                     + " FROM alert_transition WHERE alert_id = ANY(?) AND webhook_pending")) {
            Array ids = connection.createArrayOf("text", alerts.stream().map(Alert::id).toArray(String[]::new));
            attemptQuery.setArray(1, ids);
            try (ResultSet rows = attemptQuery.executeQuery()) {
                while (rows.next()) {
                    int status = rows.getInt(6);
                    Integer statusCode = rows.wasNull() ? null : status;
                    attempts.computeIfAbsent(rows.getString(1), id -> new ArrayList<>()).add(DeliveryAttempt.stored(
                            rows.getString(2), rows.getString(3), rows.getInt(4), instant(rows, 5), statusCode,
                            rows.getString(7)));
                }
            }
            pendingQuery.setArray(1, ids);
            try (ResultSet rows = pendingQuery.executeQuery()) {
                while (rows.next()) {
                    pending.add(rows.getString(1) + "#" + rows.getString(2));
                }
            }
        }
        return alerts.stream().map(alert -> alert.withDeliveries(attempts.getOrDefault(alert.id(), List.of()),
                pending.contains(alert.id() + "#" + alert.state()))).toList();
    }

    private List<Transition> transitions(String condition) throws SQLException {
        List<Transition> transitions = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT seq, alert_id, state, event FROM alert_transition WHERE " + condition + " ORDER BY seq");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                transitions.add(new Transition(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4)));
            }
        }
        return transitions;
    }

    private void update(String sql, long seq) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(sql)) {
            update.setLong(1, seq);
            update.executeUpdate();
        }
    }

    private static Alert alert(ResultSet rows) throws SQLException {
        BigDecimal resolvedShare = rows.getBigDecimal(18);
        AlertFigures figures = new AlertFigures(rows.getBigDecimal(11).doubleValue(), rows.getBigDecimal(12).doubleValue(),
                rows.getBigDecimal(13).doubleValue(), rows.getInt(14), rows.getBigDecimal(15),
                rows.getBigDecimal(16).doubleValue(), rows.getBigDecimal(17).doubleValue(),
                resolvedShare == null ? null : resolvedShare.doubleValue());
        return new Alert(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(5),
                new Alert.Window(rows.getDate(6).toLocalDate(), rows.getDate(7).toLocalDate()), instant(rows, 8),
                instant(rows, 9), rows.getString(10), figures, List.of(), null);
    }

    private static Instant instant(ResultSet rows, int column) throws SQLException {
        OffsetDateTime at = rows.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    // as an OffsetDateTime, so the JVM's default time zone never takes part
    private static void setInstant(PreparedStatement statement, int index, Instant at) throws SQLException {
        if (at == null) {
            statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            statement.setObject(index, at.atOffset(ZoneOffset.UTC));
        }
    }
}
