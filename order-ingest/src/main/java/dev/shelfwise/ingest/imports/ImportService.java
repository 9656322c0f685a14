package dev.shelfwise.ingest.imports;

import dev.shelfwise.contracts.ShelfwiseEvent;
import dev.shelfwise.ingest.IngestConfig;
import dev.shelfwise.ingest.batch.IngestService;
import dev.shelfwise.ingest.connectors.Mapping;
import dev.shelfwise.ingest.connectors.shopify.ShopifyMapper;
import dev.shelfwise.ingest.connectors.shopify.ShopifyOrderCsv;
import dev.shelfwise.ingest.connectors.woocommerce.WooCommerceMapper;
import dev.shelfwise.ingest.connectors.woocommerce.WooCommerceOrderCsv;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Imports a part of a CSV export: reads the rows, groups each order's rows, maps them with the platform's
 * connector (the same mapping as its webhooks), validates each order with its refunds together and writes the
 * valid ones durably. A broken or invalid order is reported row by row with the file's line numbers; the rest goes
 * in. Importing the same rows again writes the same event ids, which consumers drop, so a re-run counts nothing twice.
 */
@ApplicationScoped
public class ImportService {
    private final IngestService ingest;
    private final ShopifyMapper shopify;
    private final WooCommerceMapper wooCommerce;
    private final int maxRows;

    public ImportService(IngestConfig config, IngestService ingest, ShopifyMapper shopify, WooCommerceMapper wooCommerce) {
        this.ingest = ingest;
        this.shopify = shopify;
        this.wooCommerce = wooCommerce;
        this.maxRows = config.maxBatchSize();
    }

    /** @param shopZone the zone of times written without offset (WooCommerce's export) */
    public ImportReport orders(ImportFormat format, String body, long firstRowLine, String platform, ZoneId shopZone) {
        RowFormat rows = switch (format) {
            case SHOPIFY -> new ShopifyOrderCsv(shopify);
            case WOOCOMMERCE -> new WooCommerceOrderCsv(wooCommerce, shopZone);
            case SHELFWISE -> new ShelfwiseOrderCsv();
        };
        return importRows(rows, body, firstRowLine, platform);
    }

    public ImportReport catalog(String body, long firstRowLine, String platform) {
        return importRows(new CatalogCsv(), body, firstRowLine, platform);
    }

    private ImportReport importRows(RowFormat format, String body, long firstRowLine, String platform) {
        CsvTable table = CsvTable.parse(body, firstRowLine, format.requiredColumns(), maxRows);
        List<ShelfwiseEvent> valid = new ArrayList<>();
        List<ImportReport.Rejection> rejected = new ArrayList<>();
        int acceptedRows = 0;
        int ignoredRows = 0;
        for (List<CsvRow> group : groups(table.rows(), format)) {
            String id = format.groupKey(group.get(0));
            CsvRow broken = group.stream().filter(CsvRow::isBroken).findFirst().orElse(null);
            if (broken != null) {
                for (CsvRow row : group) {
                    rejected.add(new ImportReport.Rejection(row.line(), id, row.isBroken() ? row.problem()
                            : "the order's row on line " + broken.line() + " cannot be read, so the whole order is refused"));
                }
                continue;
            }
            Mapping mapping = format.map(group, platform);
            if (mapping.ignoredBecause() != null) {
                ignoredRows += group.size();
                continue;
            }
            IngestService.Checked checked = ingest.check(mapping.events(), platform);
            if (!checked.isValid()) {
                String reason = String.join("; ", checked.problems());
                group.forEach(row -> rejected.add(new ImportReport.Rejection(row.line(),
                        id != null ? id : idOf(mapping), reason)));
                continue;
            }
            valid.addAll(checked.events());
            acceptedRows += group.size();
        }
        ingest.publish(valid);
        return new ImportReport(table.rows().size(), acceptedRows, ignoredRows, valid.size(), List.copyOf(rejected));
    }

    private static String idOf(Mapping mapping) {
        return mapping.events().isEmpty() ? null : mapping.events().get(0).item().path("sku").asText(null);
    }

    /**
     * Consecutive rows with one key form an order. An unreadable row between two rows of the same order belongs to
     * it (its key cannot be read), so that order is refused whole rather than written without a line.
     */
    static List<List<CsvRow>> groups(List<CsvRow> rows, RowFormat format) {
        List<List<CsvRow>> groups = new ArrayList<>();
        List<CsvRow> current = null;
        String currentKey = null;
        for (int i = 0; i < rows.size(); i++) {
            CsvRow row = rows.get(i);
            String key = format.groupKey(row);
            boolean unreadableInside = key == null && row.isBroken() && i + 1 < rows.size()
                    && Objects.equals(currentKey, format.groupKey(rows.get(i + 1)));
            if (current != null && currentKey != null && (currentKey.equals(key) || unreadableInside)) {
                current.add(row);
            } else {
                current = new ArrayList<>();
                current.add(row);
                groups.add(current);
                currentKey = key;
            }
        }
        return groups;
    }
}
