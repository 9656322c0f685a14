package dev.shelfwise.clearance.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The facts already applied, by event id (STYLE.md 7). Marking must happen in the transaction of the effect: when
 * that transaction rolls back the mark goes with it, and the redelivered event is applied then.
 */
@ApplicationScoped
public class ProcessedEventRepository {

    private final EntityManager entityManager;

    public ProcessedEventRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Marks {@code eventId} processed; false when it already was (a redelivery: skip the effect). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean markProcessed(String eventId, String topic) {
        return entityManager.createNativeQuery("""
                        INSERT INTO processed_event (event_id, topic) VALUES (:eventId, :topic)
                        ON CONFLICT (event_id) DO NOTHING""")
                .setParameter("eventId", eventId).setParameter("topic", topic)
                .executeUpdate() == 1;
    }
}
