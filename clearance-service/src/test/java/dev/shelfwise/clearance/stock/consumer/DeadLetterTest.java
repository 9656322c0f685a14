package dev.shelfwise.clearance.stock.consumer;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.shelfwise.clearance.support.Events;
import dev.shelfwise.clearance.support.TestBroker;
import dev.shelfwise.clearance.support.TopicReader;
import dev.shelfwise.contracts.Topics;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/** A record that is not the contract's JSON goes to its dead-letter topic and consumption goes on. */
@QuarkusTest
class DeadLetterTest {

    /** The header SmallRye's dead-letter strategy writes the failure into. */
    private static final String DEAD_LETTER_REASON = "dead-letter-reason";

    @Test
    void unreadableInventoryGoesToItsDeadLetterTopic() {
        String sku = TestBroker.unique("BAD");
        TestBroker.send(Topics.INVENTORY, sku, "{not json".getBytes(StandardCharsets.UTF_8), "inventory:x:" + sku,
                "inventory");
        String next = TestBroker.unique("GOOD");
        TestBroker.awaitApplied(List.of(TestBroker.sendSnapshot(Events.inventory(next, 5, 1, "2", "0.3", "1"))));

        List<ConsumerRecord<String, byte[]>> dead = TopicReader.read(Topics.INVENTORY + "-dlq",
                record -> sku.equals(record.key()), 1, Duration.ofSeconds(30));
        assertEquals(1, dead.size());
        assertEquals("{not json", new String(dead.get(0).value(), StandardCharsets.UTF_8));
        // the reason travels in the headers
        assertNotNull(dead.get(0).headers().lastHeader(DEAD_LETTER_REASON), "a " + DEAD_LETTER_REASON + " header");
        // the next record of the topic was applied all the same
        given().when().get("/v1/clearance/skus/{sku}/channels", next).then().statusCode(200);
    }
}
