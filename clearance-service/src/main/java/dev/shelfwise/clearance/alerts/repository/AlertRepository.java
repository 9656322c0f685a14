package dev.shelfwise.clearance.alerts.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Alert episodes (the partial unique index keeps one firing episode per kind and SKU). */
@ApplicationScoped
public class AlertRepository implements PanacheRepositoryBase<AlertRecord, Long> {

    public static final String FIRING = "firing";

    public Optional<AlertRecord> firing(String kind, String sku) {
        return find("kind = ?1 and sku = ?2 and state = ?3", kind, sku, FIRING).firstResultOptional();
    }

    public boolean anyFiring(String sku) {
        return count("sku = ?1 and state = ?2", sku, FIRING) > 0;
    }

    public Optional<AlertRecord> byId(String id) {
        return find("id", id).firstResultOptional();
    }

    /** Alerts in {@code state}, or all when null; newest first. */
    public List<AlertRecord> inState(String state) {
        return state == null ? list("order by seq desc") : list("state = ?1 order by seq desc", state);
    }

    public Map<String, Long> firingByKind() {
        Map<String, Long> counts = new HashMap<>();
        getEntityManager().createQuery(
                        "select a.kind, count(a) from AlertRecord a where a.state = :state group by a.kind",
                        Object[].class)
                .setParameter("state", FIRING).getResultStream()
                .forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    /** Alerts whose latest version alerts.v1 has not acknowledged. */
    public List<AlertRecord> unpublished() {
        return list("publishedVersion < version order by seq");
    }

    /** Records that alerts.v1 acknowledged {@code version} of alert {@code id}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void markPublished(String id, int version) {
        update("publishedVersion = ?1 where id = ?2 and publishedVersion < ?1", version, id);
    }
}
