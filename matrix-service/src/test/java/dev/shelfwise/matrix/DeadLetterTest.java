package dev.shelfwise.matrix;

import dev.shelfwise.contracts.CatalogEvent;
import dev.shelfwise.contracts.EventJson;
import dev.shelfwise.contracts.Topics;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A record that can never be applied goes to {@code <topic>-dlq} with its reason, and consumption goes on. */
@QuarkusTest
class DeadLetterTest {

    @Test
    void unusableRecordsGoToTheDeadLetterTopicWithTheirReason() {
        String notJson = TestFeed.unique("not-json");
        String freeSku = TestFeed.unique("free");
        byte[] garbage = "{not json".getBytes(StandardCharsets.UTF_8);
        try (TopicProbe dlq = TopicProbe.onTopic(Topics.CATALOG + "-dlq"); TestFeed feed = new TestFeed()) {
            feed.raw(Topics.CATALOG, notJson, garbage);
            feed.catalog(new CatalogEvent(freeSku, TestFeed.PLATFORM, "dlq", "free", BigDecimal.ZERO, null,
                    OffsetDateTime.now(), List.of(), null, null));

            List<ConsumerRecord<String, byte[]>> seen = dlq.readUntil(records ->
                    !TopicProbe.withKey(records, notJson).isEmpty() && !TopicProbe.withKey(records, freeSku).isEmpty());
            ConsumerRecord<String, byte[]> broken = TopicProbe.withKey(seen, notJson).get(0);
            assertArrayEquals(garbage, broken.value(), "the record is kept as it was");
            assertTrue(TopicProbe.header(broken, "dead-letter-reason").contains("not a CatalogEvent"),
                    TopicProbe.header(broken, "dead-letter-reason"));
            assertEquals(Topics.CATALOG, TopicProbe.header(broken, "dead-letter-topic"));

            ConsumerRecord<String, byte[]> free = TopicProbe.withKey(seen, freeSku).get(0);
            assertTrue(TopicProbe.header(free, "dead-letter-reason").contains("listPrice must be positive"),
                    TopicProbe.header(free, "dead-letter-reason"));
            assertEquals("free", EventJson.read(free.value(), CatalogEvent.class).name());
        }
    }
}
