package dev.shelfwise.ingest.connectors;

import dev.shelfwise.ingest.IngestConfig;
import dev.shelfwise.ingest.connectors.shopify.ShopifyMapper;
import dev.shelfwise.ingest.connectors.woocommerce.WooCommerceMapper;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The plain connector classes as beans, shared by the webhook and the CSV import paths. */
@Singleton
public class ConnectorBeans {

    @Produces
    @Singleton
    CategoryDirectory categoryDirectory() {
        return new CategoryDirectory();
    }

    @Produces
    @Singleton
    MappingRules mappingRules(IngestConfig config) {
        IngestConfig.Connectors connectors = config.connectors();
        return new MappingRules(connectors.categoryFrom(), connectors.defaultCategory(), connectors.customerKey(),
                connectors.skipTestOrders());
    }

    @Produces
    @Singleton
    ShopifyMapper shopifyMapper(MappingRules rules, CategoryDirectory directory) {
        return new ShopifyMapper(rules, new Categorizer(rules, directory));
    }

    @Produces
    @Singleton
    WooCommerceMapper wooCommerceMapper(MappingRules rules, CategoryDirectory directory, IngestConfig config) {
        return new WooCommerceMapper(rules, new Categorizer(rules, directory), config.connectors().woocommerceCostMetaKey());
    }
}
