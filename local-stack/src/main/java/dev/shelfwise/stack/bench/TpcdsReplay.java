package dev.shelfwise.stack.bench;

import dev.shelfwise.stack.tpcds.TpcdsCalendar;
import dev.shelfwise.stack.tpcds.TpcdsCatalog;
import dev.shelfwise.stack.tpcds.TpcdsOrderMapping;
import dev.shelfwise.stack.tpcds.TpcdsPromotion;
import dev.shelfwise.stack.tpcds.TpcdsWebChannel;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Scenario 3b, the TPC-DS web channel replayed ({@code replay-tpcds-produce}): the orders and refunds of
 * {@link TpcdsWebChannel} at a scale factor, generated and mapped in this process and written straight to
 * orders.v1 and refunds.v1 as order-ingest writes them (keys customer and order, event-id / event-type / platform
 * headers), with the offsets before and after; {@code position} and {@code replay-wait --result replay-tpcds} then
 * measure metrics-service from an empty database like the synthetic replay. The result also records what the
 * queries scenario needs to run on this data: categories, SKUs, the promotion window, the years of data.
 */
final class TpcdsReplay {
    static final String RESULT = "replay-tpcds";
    private static final int SKU_SAMPLE = 500;

    private TpcdsReplay() {
    }

    static void produce(Args args) throws Exception {
        Path out = Path.of(args.required("out"));
        String bootstrap = args.required("bootstrap");
        double scale = Double.parseDouble(args.get("scale", "1"));
        TpcdsWebChannel channel = new TpcdsWebChannel(scale, TpcdsCalendar.before(LocalDate.now(ZoneOffset.UTC)));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("scenario", RESULT);
        result.put("loadAverageAtStart", BenchSupport.loadAverage());
        result.put("scale", scale);
        result.put("yearsLater", channel.calendar().yearsLater());
        List<String> topics = List.of("orders.v1", "refunds.v1");
        try (Admin admin = BenchSupport.admin(bootstrap)) {
            result.put("startOffsets", BenchSupport.named(BenchSupport.endOffsets(admin, topics)));
        }
        AtomicReference<Exception> failure = new AtomicReference<>();
        long[] bytes = new long[1];
        long started = System.nanoTime();
        TpcdsOrderMapping.Counts counts;
        try (KafkaProducer<String, byte[]> producer = ReplayScenario.producer(bootstrap)) {
            counts = channel.sales(new TpcdsOrderMapping.Events() {
                @Override
                public void order(String orderId, String customerId, Map<String, Object> order) {
                    send("orders.v1", customerId, "order:demo:" + orderId, "orders", order);
                }

                @Override
                public void refund(String refundId, String orderId, Map<String, Object> refund) {
                    send("refunds.v1", orderId, "refund:demo:" + refundId, "refunds", refund);
                }

                private void send(String topic, String key, String eventId, String type, Map<String, Object> event) {
                    if (failure.get() != null) {
                        throw new IllegalStateException("writing to Kafka failed", failure.get());
                    }
                    Map<String, Object> onTopic = new LinkedHashMap<>(event);
                    onTopic.put("platform", "demo"); // order-ingest writes the token's platform into every event
                    byte[] value = Json.write(onTopic, false).getBytes(StandardCharsets.UTF_8);
                    bytes[0] += value.length;
                    producer.send(ReplayScenario.asIngested(topic, key, eventId, type, value), (metadata, e) -> {
                        if (e != null) {
                            failure.compareAndSet(null, e);
                        }
                    });
                }
            });
            producer.flush();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        try (Admin admin = BenchSupport.admin(bootstrap)) {
            result.put("endOffsets", BenchSupport.named(BenchSupport.endOffsets(admin, topics)));
        }
        TpcdsPromotion promotion = channel.mostUsedPromotion(counts);
        TreeSet<String> categories = new TreeSet<>();
        List<String> skus = new ArrayList<>();
        List<TpcdsCatalog.Product> products = new ArrayList<>(channel.catalog().products());
        products.forEach(product -> categories.add(product.category()));
        for (int i = 0; i < Math.min(SKU_SAMPLE, products.size()); i++) {
            skus.add(products.get((int) ((long) i * products.size() / Math.min(SKU_SAMPLE, products.size()))).sku());
        }
        result.put("orders", counts.orders());
        result.put("lines", counts.lines());
        result.put("refunds", counts.refunds());
        result.put("refundLines", counts.refundLines());
        result.put("webSalesRows", counts.salesRows());
        result.put("webReturnsRows", counts.returnRows());
        result.put("skippedRows", counts.skippedRowsByReason());
        result.put("skus", products.size());
        result.put("categories", new ArrayList<>(categories));
        result.put("skuSample", skus);
        result.put("firstDay", counts.firstDay().toString());
        result.put("lastDay", counts.lastDay().toString());
        if (promotion != null) {
            result.put("promotion", Map.of("id", promotion.id(), "name", promotion.name(), "start", promotion.start().toString(),
                    "end", promotion.end().toString(), "lines", promotion.lines()));
        }
        result.put("generateAndProduceSeconds", BenchSupport.round1(seconds));
        result.put("produceOrdersPerSec", BenchSupport.round1(counts.orders() / seconds));
        result.put("meanEventBytes", BenchSupport.round1((double) bytes[0] / Math.max(1, counts.orders() + counts.refunds())));
        System.out.printf("  replay-tpcds: scale %s, %,d orders (%,d lines) and %,d refunds generated and written in %.1f s%n",
                scale, counts.orders(), counts.lines(), counts.refunds(), seconds);
        BenchSupport.writeResult(out, RESULT, result);
    }
}
