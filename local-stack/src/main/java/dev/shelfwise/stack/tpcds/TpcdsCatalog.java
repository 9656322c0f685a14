package dev.shelfwise.stack.tpcds;

import io.trino.tpcds.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code item} table as Shelfwise products. TPC-DS keeps history in it (a slowly changing dimension): one
 * {@code i_item_id} has one to three versions, each its own {@code i_item_sk} with {@code i_rec_start_date} /
 * {@code i_rec_end_date}, and a version may change the price, the cost and even the category. The SKU is the
 * business key {@code i_item_id}; its product is the current version (no end date), and every version's
 * {@code i_item_sk} — the key sales and inventory refer to — leads to that one product, so a SKU has one category.
 */
public final class TpcdsCatalog {
    public static final String UNCATEGORIZED = "uncategorized";

    /** A SKU as Shelfwise sees it. {@code listPrice} or {@code unitCost} are null when the current version has none. */
    public record Product(String sku, String category, String name, BigDecimal listPrice, BigDecimal unitCost,
                          LocalDate launched) {
    }

    private final Map<Long, Product> byItemSk;
    private final Map<String, Product> bySku;
    private final long versions;
    private final long uncategorized;

    private TpcdsCatalog(Map<Long, Product> byItemSk, Map<String, Product> bySku, long versions, long uncategorized) {
        this.byItemSk = byItemSk;
        this.bySku = bySku;
        this.versions = versions;
        this.uncategorized = uncategorized;
    }

    /** From {@code item} rows in any order. */
    public static TpcdsCatalog of(Iterable<List<String>> itemRows) {
        Map<String, List<TpcdsRow>> versionsById = new LinkedHashMap<>();
        long versions = 0;
        for (List<String> values : itemRows) {
            TpcdsRow row = new TpcdsRow(Table.ITEM, values);
            versionsById.computeIfAbsent(row.text("i_item_id"), id -> new ArrayList<>()).add(row);
            versions++;
        }
        Map<Long, Product> byItemSk = new HashMap<>();
        Map<String, Product> bySku = new LinkedHashMap<>();
        long uncategorized = 0;
        for (Map.Entry<String, List<TpcdsRow>> item : versionsById.entrySet()) {
            TpcdsRow current = current(item.getValue());
            String category = categoryId(current.text("i_category"));
            if (category == null) { // a null in the current version: the latest version that has one
                for (TpcdsRow version : item.getValue()) {
                    String other = categoryId(version.text("i_category"));
                    category = other != null ? other : category;
                }
            }
            if (category == null) {
                category = UNCATEGORIZED;
                uncategorized++;
            }
            LocalDate launched = null;
            for (TpcdsRow version : item.getValue()) {
                LocalDate start = date(version.text("i_rec_start_date"));
                launched = start != null && (launched == null || start.isBefore(launched)) ? start : launched;
            }
            String name = current.text("i_product_name");
            Product product = new Product(item.getKey(), category, name == null || name.isBlank() ? item.getKey() : name,
                    current.money("i_current_price"), current.money("i_wholesale_cost"), launched);
            bySku.put(product.sku(), product);
            for (TpcdsRow version : item.getValue()) {
                byItemSk.put(version.number("i_item_sk"), product);
            }
        }
        return new TpcdsCatalog(byItemSk, bySku, versions, uncategorized);
    }

    /** The version without an end date; when nulls hide it, the one that started last. */
    private static TpcdsRow current(List<TpcdsRow> versions) {
        TpcdsRow latest = versions.get(0);
        for (TpcdsRow version : versions) {
            if (version.text("i_rec_end_date") == null && version.text("i_rec_start_date") != null) {
                return version;
            }
            LocalDate start = date(version.text("i_rec_start_date"));
            LocalDate latestStart = date(latest.text("i_rec_start_date"));
            if (start != null && (latestStart == null || start.isAfter(latestStart))) {
                latest = version;
            }
        }
        return latest;
    }

    /** {@code "Home & Garden"} → {@code home-garden}; null when there is no category. */
    static String categoryId(String category) {
        if (category == null) {
            return null;
        }
        String id = category.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return id.isEmpty() ? null : id;
    }

    private static LocalDate date(String text) {
        return text == null || text.isEmpty() ? null : LocalDate.parse(text);
    }

    /** The product an {@code i_item_sk} (any version) belongs to, or null. */
    public Product byItemSk(Long itemSk) {
        return itemSk == null ? null : byItemSk.get(itemSk);
    }

    public Product bySku(String sku) {
        return bySku.get(sku);
    }

    public Collection<Product> products() {
        return bySku.values();
    }

    /** Rows of the {@code item} table (all versions). */
    public long versions() {
        return versions;
    }

    /** SKUs whose versions all lack a category (their lines and entries get {@value #UNCATEGORIZED}). */
    public long uncategorized() {
        return uncategorized;
    }

    /**
     * The catalog event of a product (order-ingest's {@code POST /v1/catalog} item), or null when the current
     * version has no price ({@code listPrice} is required) or no version has a start date ({@code launchedAt}).
     */
    public static Map<String, Object> catalogEvent(Product product, TpcdsCalendar calendar) {
        if (product.listPrice() == null || product.launched() == null) {
            return null;
        }
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("sku", product.sku());
        event.put("category", product.category());
        event.put("name", product.name());
        event.put("listPrice", product.listPrice());
        if (product.unitCost() != null) {
            event.put("unitCost", product.unitCost());
        }
        event.put("launchedAt", calendar.shifted(product.launched()).toString());
        event.put("tags", List.of());
        return event;
    }
}
