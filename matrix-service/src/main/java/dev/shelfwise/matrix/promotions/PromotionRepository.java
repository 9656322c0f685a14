package dev.shelfwise.matrix.promotions;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** Promotions, by id. */
@ApplicationScoped
public class PromotionRepository implements PanacheRepositoryBase<PromotionEntity, String> {

    /** Every promotion, earliest start first. */
    public List<PromotionEntity> listByStart() {
        return listAll(Sort.by("start").and("id"));
    }
}
