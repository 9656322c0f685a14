package dev.shelfwise.matrix.products;

import dev.shelfwise.matrix.MatrixConfig;
import dev.shelfwise.matrix.products.repository.CatalogItem;
import dev.shelfwise.matrix.products.repository.CatalogRepository;
import dev.shelfwise.matrix.products.repository.InventoryRepository;
import dev.shelfwise.matrix.products.repository.InventorySnapshot;
import dev.shelfwise.matrix.products.repository.ProductStatsRepository;
import dev.shelfwise.matrix.products.repository.ProductStatsSnapshot;
import dev.shelfwise.matrix.products.repository.TrafficRepository;
import dev.shelfwise.matrix.roles.ProductFacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads what is stored about SKUs and categories, for the product matrix and the category strategy. */
@ApplicationScoped
public class ProductFactsService {

    private final CatalogRepository catalog;
    private final InventoryRepository inventory;
    private final ProductStatsRepository stats;
    private final TrafficRepository traffic;
    private final MatrixConfig config;

    public ProductFactsService(CatalogRepository catalog, InventoryRepository inventory, ProductStatsRepository stats,
                               TrafficRepository traffic, MatrixConfig config) {
        this.catalog = catalog;
        this.inventory = inventory;
        this.stats = stats;
        this.traffic = traffic;
        this.config = config;
    }

    /**
     * The facts of every catalog SKU of the scope (the catalog is the set of active SKUs: v1 has no delisting), as of
     * {@code asOf}; traffic is summed over the stats window ending that day.
     *
     * @param lifts lift per partner by SKU; null when there is no basket data at all
     */
    @Transactional
    public Map<String, ProductFacts> facts(CategoryScope scope, Map<String, Map<String, BigDecimal>> lifts,
                                           LocalDate asOf) {
        Map<String, InventorySnapshot> stock = bySku(inventory.in(scope), snapshot -> snapshot.sku);
        Map<String, ProductStatsSnapshot> figures = bySku(stats.in(scope), snapshot -> snapshot.sku);
        Map<String, TrafficRepository.TrafficSum> views = traffic.sums(scope,
                asOf.minusDays(config.statsWindowDays() - 1L), asOf);
        ProductFactsAssembler assembler = new ProductFactsAssembler(asOf, config.zone());
        Map<String, ProductFacts> facts = new LinkedHashMap<>();
        for (CatalogItem item : catalog.in(scope)) {
            Map<String, BigDecimal> partners = lifts == null ? null : lifts.getOrDefault(item.sku, Map.of());
            facts.put(item.sku, assembler.assemble(item, stock.get(item.sku), figures.get(item.sku),
                    views.get(item.sku), partners));
        }
        return facts;
    }

    /** The category of a catalog SKU. */
    @Transactional
    public Optional<String> categoryOf(String sku) {
        return catalog.find(sku).map(item -> item.category);
    }

    /** The categories of these SKUs (unknown SKUs are left out). */
    @Transactional
    public List<String> categoriesOf(Collection<String> skus) {
        return catalog.categoriesOf(skus);
    }

    /** Every category with at least one catalog SKU. */
    @Transactional
    public List<String> categories() {
        return catalog.categories();
    }

    /** Inventory to clear per category: value at cost of the stock beyond the configured days of supply. */
    @Transactional
    public Map<String, BigDecimal> excessStockValue() {
        return inventory.excessStockValue(config.strategy().excessDaysOfSupply());
    }

    private static <T> Map<String, T> bySku(List<T> rows, Function<T, String> sku) {
        return rows.stream().collect(Collectors.toMap(sku, Function.identity()));
    }
}
