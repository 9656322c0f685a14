package dev.shelfwise.ingest.imports;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shelfwise.contracts.EventType;
import dev.shelfwise.ingest.connectors.MappedEvent;
import dev.shelfwise.ingest.connectors.Mapping;
import dev.shelfwise.ingest.connectors.V1Items;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Shelfwise's catalog CSV: one row per SKU with the v1 catalog field names as columns; {@code tags} separated by
 * {@code ;}. Platforms' own product exports lack unit costs and launch dates, hence a format of our own.
 */
public final class CatalogCsv implements RowFormat {
    static final List<String> TEXT_COLUMNS = List.of("sku", "category", "name", "launchedAt");
    static final List<String> DECIMAL_COLUMNS = List.of("listPrice", "unitCost", "rating");
    static final String REVIEW_COUNT = "reviewCount";
    static final String TAGS = "tags";
    static final String TAG_SEPARATOR = ";";

    @Override
    public Set<String> requiredColumns() {
        return Set.of("sku", "category", "name", "listPrice", "launchedAt");
    }

    /** Every row is one product. */
    @Override
    public String groupKey(CsvRow row) {
        return null;
    }

    @Override
    public Mapping map(List<CsvRow> rows, String platform) {
        CsvRow row = rows.get(0);
        ObjectNode item = V1Items.object();
        TEXT_COLUMNS.forEach(column -> V1Items.put(item, column, row.get(column)));
        DECIMAL_COLUMNS.forEach(column -> V1Items.put(item, column, V1Items.decimalOrText(row.get(column))));
        V1Items.put(item, REVIEW_COUNT, V1Items.wholeOrText(row.get(REVIEW_COUNT)));
        String tags = row.get(TAGS);
        if (tags != null) {
            // as written: an unknown tag is the validator's to refuse
            var array = item.putArray(TAGS);
            Arrays.stream(tags.split(TAG_SEPARATOR)).map(String::strip).filter(tag -> !tag.isEmpty()).forEach(array::add);
        }
        return Mapping.of(List.of(new MappedEvent(EventType.CATALOG, item)));
    }
}
