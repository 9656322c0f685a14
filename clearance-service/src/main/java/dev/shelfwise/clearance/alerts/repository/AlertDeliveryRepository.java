package dev.shelfwise.clearance.alerts.repository;

import dev.shelfwise.alerts.delivery.DeliveryAttempt;
import dev.shelfwise.alerts.delivery.Transition;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.hibernate.Timeouts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The transitions waiting for webhook delivery (the outbox) and every delivery attempt. */
@ApplicationScoped
public class AlertDeliveryRepository implements PanacheRepositoryBase<AlertTransitionRecord, Long> {

    /** A round claims at most this many transitions; the rest wait for the next round. */
    private static final int CLAIM_LIMIT = 100;
    private static final String LOCK_TIMEOUT = "jakarta.persistence.lock.timeout";

    /** Queues a transition for the receivers, in the transaction that changed the alert. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(String alertId, String state, String eventJson, Instant at) {
        AlertTransitionRecord transition = new AlertTransitionRecord();
        transition.alertId = alertId;
        transition.state = state;
        transition.event = eventJson;
        transition.createdAt = at;
        transition.webhookPending = true;
        persist(transition);
    }

    /**
     * Pending transitions nobody holds a claim on, oldest first, now claimed until {@code now + claim}; rows another
     * instance is claiming at this moment are skipped, not waited for.
     */
    @Transactional
    public List<Transition> claimPending(Instant now, Duration claim) {
        List<AlertTransitionRecord> pending = find("webhookPending = true and (deliveryClaimedUntil is null"
                + " or deliveryClaimedUntil < ?1) order by seq", now)
                .withLock(LockModeType.PESSIMISTIC_WRITE).withHint(LOCK_TIMEOUT, Timeouts.SKIP_LOCKED_MILLI)
                .page(0, CLAIM_LIMIT).list();
        List<Transition> claimed = new ArrayList<>();
        for (AlertTransitionRecord transition : pending) {
            transition.deliveryClaimedUntil = now.plus(claim);
            claimed.add(new Transition(transition.seq, transition.alertId, transition.state, transition.event));
        }
        return claimed;
    }

    @Transactional
    public void markDelivered(long seq) {
        update("webhookPending = false where seq = ?1", seq);
    }

    @Transactional
    public void recordAttempt(String alertId, DeliveryAttempt attempt) {
        DeliveryAttemptRecord record = new DeliveryAttemptRecord();
        record.alertId = alertId;
        record.state = attempt.state();
        record.receiver = attempt.receiver();
        record.attempt = attempt.attempt();
        record.attemptedAt = attempt.at();
        record.statusCode = attempt.statusCode();
        record.error = attempt.error();
        getEntityManager().persist(record);
    }

    /** Every attempt of these alerts, by alert id, in the order they were made. */
    public Map<String, List<DeliveryAttempt>> attempts(Collection<String> alertIds) {
        Map<String, List<DeliveryAttempt>> attempts = new HashMap<>();
        if (alertIds.isEmpty()) {
            return attempts;
        }
        getEntityManager().createQuery("from DeliveryAttemptRecord a where a.alertId in :ids order by a.id",
                        DeliveryAttemptRecord.class)
                .setParameter("ids", alertIds).getResultStream()
                .forEach(a -> attempts.computeIfAbsent(a.alertId, id -> new ArrayList<>()).add(DeliveryAttempt.stored(
                        a.state, a.receiver, a.attempt, a.attemptedAt, a.statusCode, a.error)));
        return attempts;
    }

    /** The transitions of these alerts whose delivery has not finished, as {@link #key(String, String)}. */
    public Set<String> pending(Collection<String> alertIds) {
        Set<String> pending = new HashSet<>();
        if (!alertIds.isEmpty()) {
            list("alertId in ?1 and webhookPending = true", alertIds)
                    .forEach(transition -> pending.add(key(transition.alertId, transition.state)));
        }
        return pending;
    }

    /** Names a transition: the alert and the state it entered. */
    public static String key(String alertId, String state) {
        return alertId + "#" + state;
    }
}
