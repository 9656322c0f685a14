package dev.shelfwise.stack.bench;

import dev.shelfwise.stack.tpcds.TpcdsCalendar;
import dev.shelfwise.stack.tpcds.TpcdsInventory;
import dev.shelfwise.stack.tpcds.TpcdsWebChannel;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The TPC-DS data besides orders and refunds, for the queries scenario: the catalog and the last inventory of the
 * replayed scale factor, posted through order-ingest like {@code ./shelfwise import tpcds} posts them. TPC-DS has
 * no page views per item or ad spend, so neither is posted (matrix-service then has no conversion figures).
 */
final class TpcdsQueryData {
    private TpcdsQueryData() {
    }

    static Map<String, Object> post(Path out, HttpClient http, String ingest) throws Exception {
        Json replay = BenchSupport.readResult(out, TpcdsReplay.RESULT);
        TpcdsWebChannel channel = new TpcdsWebChannel(replay.path("scale").asDouble(),
                new TpcdsCalendar(replay.path("yearsLater").asInt()));
        Map<String, Long> skipped = new TreeMap<>();
        List<String> catalog = new ArrayList<>();
        channel.catalogEvents(skipped).forEach(event -> catalog.add(Json.write(event, false)));
        TpcdsInventory.Snapshot snapshot = channel.lastInventory();
        List<String> inventory = new ArrayList<>();
        TpcdsInventory.events(snapshot, channel.catalog(), channel.calendar(), skipped)
                .forEach(event -> inventory.add(Json.write(event, false)));
        QueryScenario.postInBatches(http, ingest + "/v1/catalog", catalog);
        QueryScenario.postInBatches(http, ingest + "/v1/inventory", inventory);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("dataSet", "tpcds");
        result.put("catalogSkus", catalog.size());
        result.put("inventorySnapshots", inventory.size());
        result.put("trafficRecords", 0);
        result.put("adSpendRecords", 0);
        result.put("skippedItemsAndSnapshots", skipped);
        Json promotion = replay.path("promotion");
        QueryData data = QueryData.of(new Args(new String[] {"--data", "tpcds"}), out);
        result.put("saleStart", data.saleStart().toString());
        result.put("saleEnd", data.saleEnd().toString());
        result.put("tpcdsPromotion", promotion.isMissing() ? null : promotion.path("id").asText());
        return result;
    }
}
