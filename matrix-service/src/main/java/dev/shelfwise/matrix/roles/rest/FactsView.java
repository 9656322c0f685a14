package dev.shelfwise.matrix.roles.rest;

import dev.shelfwise.matrix.roles.ProductFacts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The figures a SKU was judged on (null = unknown). {@code promoPrice} is what shoppers paid on average over the stats
 * window when below list; {@code price} the promo price or else the list price; {@code margin} (price − unitCost) /
 * price; {@code conversion} orders / views; {@code weeksOfCover} on hand / average weekly units.
 */
public record FactsView(BigDecimal listPrice, BigDecimal promoPrice, BigDecimal price, BigDecimal unitCost,
                        BigDecimal margin, BigDecimal gmv, Long units, Long orders, Long views,
                        Long searchImpressions, BigDecimal conversion, BigDecimal rating, Integer reviewCount,
                        LocalDate launchedOn, List<String> tags, Integer inventoryAgeDays, BigDecimal weeksOfCover,
                        Integer boughtTogetherPartners) {

    static FactsView of(ProductFacts facts) {
        return new FactsView(facts.listPrice(), facts.promoPrice(), facts.price(), facts.unitCost(), facts.margin(),
                facts.gmv(), facts.units(), facts.orders(), facts.views(), facts.searchImpressions(),
                facts.conversion(), facts.rating(), facts.reviewCount(), facts.launchedOn(), facts.sortedTags(),
                facts.inventoryAgeDays(), facts.weeksOfCover(),
                facts.boughtTogetherLift() == null ? null : facts.boughtTogetherLift().size());
    }
}
