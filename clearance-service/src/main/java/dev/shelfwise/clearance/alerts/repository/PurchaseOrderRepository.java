package dev.shelfwise.clearance.alerts.repository;

import dev.shelfwise.contracts.PurchaseOrderEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.time.OffsetDateTime;

/** Restock purchase orders, stored once per event id. */
@ApplicationScoped
public class PurchaseOrderRepository {

    private final EntityManager entityManager;

    public PurchaseOrderRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void insert(String eventId, PurchaseOrderEvent po) {
        entityManager.unwrap(Session.class).createNativeMutationQuery("""
                        INSERT INTO purchase_order (event_id, po_id, platform, sku, quantity, at)
                        VALUES (:eventId, :poId, :platform, :sku, :quantity, :at)
                        ON CONFLICT (event_id) DO NOTHING""")
                .setParameter("eventId", eventId, String.class)
                .setParameter("poId", po.poId(), String.class)
                .setParameter("platform", po.platform(), String.class)
                .setParameter("sku", po.sku(), String.class)
                .setParameter("quantity", po.quantity(), Integer.class)
                .setParameter("at", po.at(), OffsetDateTime.class)
                .executeUpdate();
    }
}
