package dev.shelfwise.ingest.imports;

import dev.shelfwise.ingest.connectors.Mapping;

import java.util.List;
import java.util.Set;

/** A CSV export's layout: which columns it needs, which rows belong together, and how they become v1 items. */
public interface RowFormat {

    /** Columns the header must have. */
    Set<String> requiredColumns();

    /**
     * Rows next to each other with the same key are one order (exports write one row per order line); a row whose
     * key is null stands alone.
     */
    String groupKey(CsvRow row);

    /** The v1 items of one group of rows. */
    Mapping map(List<CsvRow> rows, String platform);
}
