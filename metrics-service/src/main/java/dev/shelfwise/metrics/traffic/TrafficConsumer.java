package dev.shelfwise.metrics.traffic;

import dev.shelfwise.contracts.EventJson;
import dev.shelfwise.contracts.TrafficEvent;
import dev.shelfwise.metrics.deadletters.DeadLetterPublisher;
import io.agroal.api.AgroalDataSource;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keeps the latest daily traffic snapshot per SKU (views, search impressions, add-to-cart) for product stats.
 * Snapshots replace each other, so redelivery is harmless without deduplication.
 */
@ApplicationScoped
public class TrafficConsumer {
    public static final String CHANNEL = "traffic";

    private final AgroalDataSource dataSource;
    private final DeadLetterPublisher deadLetters;

    public TrafficConsumer(AgroalDataSource dataSource, DeadLetterPublisher deadLetters) {
        this.dataSource = dataSource;
        this.deadLetters = deadLetters;
    }

    @Incoming(CHANNEL)
    @Blocking
    @Transactional
    public void consume(ConsumerRecords<String, byte[]> batch) throws SQLException {
        // the last snapshot of a SKU-day in the batch wins, as it would one by one
        Map<String, TrafficEvent> latest = new LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> record : batch) {
            try {
                TrafficEvent traffic = EventJson.read(record.value(), TrafficEvent.class);
                if (traffic.sku() == null || traffic.date() == null) {
                    throw new IllegalArgumentException("traffic misses sku or date");
                }
                latest.put(traffic.sku() + "@" + traffic.date(), traffic);
            } catch (RuntimeException e) {
                deadLetters.send(record, e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement upsert = connection.prepareStatement("INSERT INTO sku_traffic_day(sku, day, views,"
                     + " search_impressions, add_to_cart) VALUES (?, ?, ?, ?, ?) ON CONFLICT (sku, day) DO UPDATE SET"
                     + " views = EXCLUDED.views, search_impressions = EXCLUDED.search_impressions,"
                     + " add_to_cart = EXCLUDED.add_to_cart");
             PreparedStatement dirty = connection.prepareStatement(
                     "INSERT INTO stats_dirty(kind, key) VALUES ('sku', ?) ON CONFLICT DO NOTHING")) {
            for (TrafficEvent traffic : latest.values()) {
                upsert.setString(1, traffic.sku());
                upsert.setDate(2, Date.valueOf(traffic.date()));
                upsert.setLong(3, traffic.views());
                upsert.setLong(4, traffic.searchImpressions());
                upsert.setLong(5, traffic.addToCart());
                upsert.addBatch();
                dirty.setString(1, traffic.sku());
                dirty.addBatch();
            }
            upsert.executeBatch();
            dirty.executeBatch();
        }
    }
}
