package dev.shelfwise.metrics.concentration.alerts;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.shelfwise.contracts.EventJson;
import dev.shelfwise.contracts.OrderEvent;
import dev.shelfwise.contracts.Promotion;
import dev.shelfwise.contracts.Topics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Writes orders and promotions to the shared test broker as order-ingest and matrix-service do (same key, JSON and
 * event-id header). Orders go round-robin over every partition of orders.v1: completeThrough is the minimum over
 * partitions, so only data on each partition makes our day the latest complete day.
 */
final class AlertFeed implements AutoCloseable {
    private final KafkaProducer<String, byte[]> producer;

    AlertFeed() {
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
    }

    int orderPartitions() {
        return producer.partitionsFor(Topics.ORDERS).size();
    }

    void orders(List<OrderEvent> orders) {
        int partitions = orderPartitions();
        if (orders.size() < partitions) {
            throw new IllegalArgumentException(orders.size() + " orders cannot cover " + partitions + " partitions");
        }
        for (int i = 0; i < orders.size(); i++) {
            OrderEvent order = orders.get(i);
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.ORDERS, i % partitions, order.key(),
                    EventJson.write(order));
            record.headers().add(Topics.HEADER_EVENT_ID, order.naturalId().getBytes(StandardCharsets.UTF_8));
            producer.send(record);
        }
        producer.flush();
    }

    void promotion(Promotion promotion) throws JsonProcessingException {
        producer.send(new ProducerRecord<>(Topics.PROMOTIONS, promotion.id(),
                EventJson.mapper().writeValueAsBytes(promotion)));
        producer.flush();
    }

    /** A record that is not a promotion, e.g. malformed JSON. */
    void promotionRaw(String id, byte[] value) {
        producer.send(new ProducerRecord<>(Topics.PROMOTIONS, id, value));
        producer.flush();
    }

    void deletePromotion(String id) {
        producer.send(new ProducerRecord<>(Topics.PROMOTIONS, id, null));
        producer.flush();
    }

    @Override
    public void close() {
        producer.close();
    }
}
