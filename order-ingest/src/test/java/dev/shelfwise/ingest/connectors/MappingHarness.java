package dev.shelfwise.ingest.connectors;

import dev.shelfwise.contracts.CatalogEvent;
import dev.shelfwise.contracts.ShelfwiseEvent;
import dev.shelfwise.ingest.connectors.shopify.ShopifyMapper;
import dev.shelfwise.ingest.connectors.woocommerce.WooCommerceMapper;
import dev.shelfwise.ingest.validation.EventValidator;
import dev.shelfwise.ingest.validation.Validation;
import dev.shelfwise.ingest.validation.ValidationRules;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.fail;

/** The connectors as order-ingest wires them, without Quarkus, with the validator to turn mapped items into events. */
public final class MappingHarness {
    public static final String PLATFORM = "shop-a";
    public static final String WOO_COST_KEY = "_wc_cog_cost";
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC);

    public final CategoryDirectory directory = new CategoryDirectory();
    public final MappingRules rules;
    public final ShopifyMapper shopify;
    public final WooCommerceMapper wooCommerce;
    private final EventValidator validator = new EventValidator(new ValidationRules(NOW, Duration.ofHours(24),
            OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC), 1000));

    public MappingHarness() {
        this(CategorySource.PRODUCT_TYPE, CustomerKey.ACCOUNT);
    }

    public MappingHarness(CategorySource source, CustomerKey key) {
        rules = new MappingRules(source, "uncategorized", key, true);
        shopify = new ShopifyMapper(rules, new Categorizer(rules, directory));
        wooCommerce = new WooCommerceMapper(rules, new Categorizer(rules, directory), WOO_COST_KEY);
    }

    /** The mapping's items as validated events; fails the test when any is invalid or the payload was ignored. */
    public List<ShelfwiseEvent> events(Mapping mapping) {
        assertNull(mapping.ignoredBecause(), "ignored: " + mapping.ignoredBecause());
        List<ShelfwiseEvent> events = new ArrayList<>();
        for (MappedEvent mapped : mapping.events()) {
            Validation verdict = validator.validate(mapped.type(), mapped.item(), PLATFORM);
            if (verdict instanceof Validation.Valid valid) {
                events.add(valid.event());
            } else {
                fail(mapped.item() + " is not valid: " + verdict);
            }
        }
        return events;
    }

    public Validation validate(MappedEvent mapped) {
        return validator.validate(mapped.type(), mapped.item(), PLATFORM);
    }

    /** Teaches the directory what a product webhook would have taught it. */
    public void learnProducts(Mapping products) {
        for (ShelfwiseEvent event : events(products)) {
            CatalogEvent product = (CatalogEvent) event;
            directory.remember(product.platform(), product.sku(), product.category());
        }
    }
}
