package dev.shelfwise.contracts;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/**
 * A product's catalog entry (topic {@code catalog.v1}, keyed by SKU). Rating and review count are optional, and so is
 * the unit cost (platform product payloads carry none: the margin is then unknown).
 */
public record CatalogEvent(String sku, String platform, String category, String name, BigDecimal listPrice,
                           BigDecimal unitCost, OffsetDateTime launchedAt, List<String> tags, BigDecimal rating,
                           Integer reviewCount) implements ShelfwiseEvent {

    /** The tags DESIGN.md §3 defines; {@code exclusive}, {@code co-branded}, {@code ip}, {@code gift-box} make a specialty. */
    public static final Set<String> KNOWN_TAGS = Set.of("exclusive", "co-branded", "ip", "gift-box", "flagship");

    @Override
    public EventType type() {
        return EventType.CATALOG;
    }

    @Override
    public String key() {
        return sku;
    }

    @Override
    public String naturalId() {
        return "catalog:" + platform + ":" + sku;
    }
}
