package dev.shelfwise.ingest.connectors;

/** Gives products and order lines their Shelfwise category by the configured source. */
public final class Categorizer {
    private final MappingRules rules;
    private final CategoryDirectory directory;

    public Categorizer(MappingRules rules, CategoryDirectory directory) {
        this.rules = rules;
        this.directory = directory;
    }

    /** A product's category from its type (or category) and vendor, whichever the rules choose. */
    public String ofProduct(String productType, String vendor) {
        String chosen = rules.categorySource() == CategorySource.VENDOR && vendor != null ? vendor : productType;
        String category = CategoryDirectory.slug(chosen);
        return category == null ? rules.defaultCategory() : category;
    }

    /**
     * An order line's category: by vendor straight from the line when vendors are the categories, else the
     * category its SKU's product was given, else the default (the product was never seen).
     */
    public String ofLine(String platform, String sku, String lineVendor) {
        if (rules.categorySource() == CategorySource.VENDOR && CategoryDirectory.slug(lineVendor) != null) {
            return CategoryDirectory.slug(lineVendor);
        }
        return directory.categoryOf(platform, sku).orElse(rules.defaultCategory());
    }
}
