package dev.shelfwise.matrix.promotions;

import dev.shelfwise.contracts.Promotion;
import dev.shelfwise.matrix.web.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Stores promotions and mirrors each change to promotions.v1. The Kafka acknowledgement is awaited inside the
 * database transaction: when Kafka does not acknowledge, the transaction rolls back and the caller gets a 503, so a
 * stored promotion is always on the topic. (If the commit itself failed after the acknowledgement, the topic would be
 * ahead of the database; PUT and DELETE are idempotent, so the client's retry brings both back in line.)
 */
@ApplicationScoped
public class PromotionService {

    private final PromotionRepository repository;
    private final PromotionPublisher publisher;
    private final Clock clock;

    public PromotionService(PromotionRepository repository, PromotionPublisher publisher, Clock clock) {
        this.repository = repository;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** The result of a PUT: whether the promotion is new, and how it now reads. */
    public record Saved(boolean created, PromotionView promotion) {
    }

    @Transactional
    public Saved put(String id, String body) {
        Promotion promotion = PromotionValidator.validate(id, body);
        PromotionEntity entity = repository.findById(id);
        boolean created = entity == null;
        if (created) {
            entity = new PromotionEntity();
            entity.id = id;
        }
        entity.name = promotion.name();
        entity.theme = promotion.theme();
        entity.start = promotion.start();
        entity.end = promotion.end();
        entity.goal = promotion.goal();
        entity.coreCount = promotion.coreCount();
        entity.auxiliaryCount = promotion.auxiliaryCount();
        entity.updatedAt = Instant.now(clock);
        if (created) {
            repository.persist(entity);
        }
        repository.flush();
        publisher.publish(promotion);
        return new Saved(created, view(entity, repository.listByStart()));
    }

    @Transactional
    public List<PromotionView> list() {
        List<PromotionEntity> all = repository.listByStart();
        return all.stream().map(entity -> view(entity, all)).toList();
    }

    @Transactional
    public PromotionView get(String id) {
        return view(find(id), repository.listByStart());
    }

    /** The promotion as the domain sees it; 404 when unknown. */
    @Transactional
    public Promotion promotion(String id) {
        return toContract(find(id));
    }

    @Transactional
    public void delete(String id) {
        PromotionEntity entity = find(id);
        repository.delete(entity);
        repository.flush();
        publisher.publishDeletion(id);
    }

    private PromotionEntity find(String id) {
        PromotionEntity entity = repository.findById(id);
        if (entity == null) {
            throw new NotFoundException("no promotion " + id);
        }
        return entity;
    }

    private static Promotion toContract(PromotionEntity entity) {
        return new Promotion(entity.id, entity.name, entity.theme, entity.start, entity.end, entity.goal,
                entity.coreCount, entity.auxiliaryCount);
    }

    private static PromotionView view(PromotionEntity entity, List<PromotionEntity> all) {
        List<String> overlaps = all.stream()
                .filter(other -> !other.id.equals(entity.id))
                .filter(other -> !other.start.isAfter(entity.end) && !other.end.isBefore(entity.start))
                .map(other -> other.id)
                .toList();
        return new PromotionView(entity.id, entity.name, entity.theme, entity.start, entity.end, entity.goal,
                entity.coreCount, entity.auxiliaryCount, entity.updatedAt, overlaps);
    }
}
