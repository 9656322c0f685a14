package dev.shelfwise.matrix.promotions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shelfwise.contracts.EventJson;
import dev.shelfwise.contracts.Promotion;
import dev.shelfwise.contracts.Topics;
import dev.shelfwise.matrix.TestFeed;
import dev.shelfwise.matrix.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Promotions CRUD over the real database, their mirror on promotions.v1, validation and 404s. */
@QuarkusTest
class PromotionsTest {
    private static final String ABSENT = "<absent>";

    static ObjectNode validBody() {
        ObjectNode body = EventJson.mapper().createObjectNode();
        body.put("name", "Singles' Day").put("theme", "11.11").put("start", "2026-11-01").put("end", "2026-11-11")
                .put("goal", "sales").put("coreCount", 3).put("auxiliaryCount", 2);
        return body;
    }

    @Test
    void createReadReplaceDeleteAndMirrorOnTheCompactedTopic() throws IOException {
        String id = TestFeed.unique("promo");
        try (TopicProbe topic = TopicProbe.onTopic(Topics.PROMOTIONS)) {
            given().contentType(ContentType.JSON).body(validBody().toString())
                    .when().put("/v1/promotions/" + id)
                    .then().statusCode(201)
                    .body("id", equalTo(id)).body("name", equalTo("Singles' Day")).body("start", equalTo("2026-11-01"))
                    .body("goal", equalTo("sales")).body("coreCount", equalTo(3)).body("auxiliaryCount", equalTo(2));
            given().when().get("/v1/promotions/" + id).then().statusCode(200).body("theme", equalTo("11.11"));
            given().when().get("/v1/promotions").then().statusCode(200).body("id", hasItem(id));

            given().contentType(ContentType.JSON).body(validBody().put("goal", "profit").put("coreCount", 1).toString())
                    .when().put("/v1/promotions/" + id)
                    .then().statusCode(200).body("goal", equalTo("profit")).body("coreCount", equalTo(1));

            given().when().delete("/v1/promotions/" + id).then().statusCode(204);
            given().when().get("/v1/promotions/" + id).then().statusCode(404)
                    .body("status", equalTo(404)).body("error", equalTo("Not Found"))
                    .body("message", containsString(id));
            given().when().delete("/v1/promotions/" + id).then().statusCode(404);

            List<ConsumerRecord<String, byte[]>> mine = TopicProbe.withKey(
                    topic.readUntil(seen -> TopicProbe.withKey(seen, id).size() >= 3), id);
            assertEquals(3, mine.size(), "created, replaced, deleted");
            assertEquals(new Promotion(id, "Singles' Day", "11.11", LocalDate.of(2026, 11, 1),
                    LocalDate.of(2026, 11, 11), "sales", 3, 2), read(mine.get(0)));
            assertEquals("profit", read(mine.get(1)).goal());
            assertNull(mine.get(2).value(), "a delete is a tombstone");
        }
    }

    @Test
    void overlappingPromotionsAreAllowedAndShown() {
        String first = TestFeed.unique("overlap-a");
        String second = TestFeed.unique("overlap-b");
        given().contentType(ContentType.JSON).body(validBody().toString()).put("/v1/promotions/" + first)
                .then().statusCode(201);
        given().contentType(ContentType.JSON).body(validBody().put("start", "2026-11-10").put("end", "2026-11-20")
                        .toString())
                .put("/v1/promotions/" + second)
                .then().statusCode(201).body("overlapsWith", hasItem(first));
        given().when().get("/v1/promotions/" + first).then().body("overlapsWith", hasItem(second));
    }

    @ParameterizedTest(name = "{0} = {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "end            | '\"2026-10-31\"' | end            | must not be before start",
            "goal           | '\"growth\"'     | goal           | unknown goal \"growth\"",
            "coreCount      | -1               | coreCount      | must not be negative",
            "auxiliaryCount | -2               | auxiliaryCount | must not be negative",
            "name           | <absent>         | name           | is required",
            "name           | '\"  \"'         | name           | is required",
            "start          | <absent>         | start          | is required",
            "end            | <absent>         | end            | is required",
            "goal           | <absent>         | goal           | is required",
            "coreCount      | <absent>         | coreCount      | is required",
            "auxiliaryCount | <absent>         | auxiliaryCount | is required",
            "start          | '\"2026-13-01\"' | start          | must be a date",
            "coreCount      | '\"three\"'      | coreCount      | must be a whole number",
            "coreCount      | 2.5              | coreCount      | must be a whole number",
            "theme          | 7                | theme          | must be text",
            "coreCoutn      | 3                | coreCoutn      | unknown field",
    })
    void invalidPromotionsAre400NamingTheField(String field, String json, String errorField, String message)
            throws IOException {
        ObjectNode body = validBody();
        if (ABSENT.equals(json)) {
            body.remove(field);
        } else {
            JsonNode value = EventJson.mapper().readTree(json);
            body.set(field, value);
        }
        String id = TestFeed.unique("invalid");
        given().contentType(ContentType.JSON).body(body.toString())
                .when().put("/v1/promotions/" + id)
                .then().statusCode(400)
                .body("status", equalTo(400)).body("error", equalTo("Bad Request"))
                .body("errors.field", hasItem(errorField))
                .body("errors.message", hasItem(containsString(message)));
        given().when().get("/v1/promotions/" + id).then().statusCode(404);
    }

    @Test
    void aBadIdAndABodyThatIsNotJsonAre400() {
        given().contentType(ContentType.JSON).body(validBody().toString())
                .when().put("/v1/promotions/bad id!")
                .then().statusCode(400).body("errors.field", hasItem("id"));
        given().contentType(ContentType.JSON).body("{\"name\": ")
                .when().put("/v1/promotions/" + TestFeed.unique("broken"))
                .then().statusCode(400).body("status", equalTo(400)).body("message", containsString("not valid JSON"));
        given().contentType(ContentType.JSON).body(validBody().put("id", "someone-else").toString())
                .when().put("/v1/promotions/" + TestFeed.unique("mine"))
                .then().statusCode(400).body("errors.field", hasItem("id"));
    }

    @Test
    void unknownPromotionsAre404Everywhere() {
        String unknown = TestFeed.unique("unknown");
        for (String path : List.of("", "/categories", "/matrix", "/matrix/health")) {
            given().when().get("/v1/promotions/" + unknown + path)
                    .then().statusCode(404).body("status", equalTo(404))
                    .body("message", containsString("no promotion " + unknown));
        }
        given().when().get("/v1/products/any-sku/role?promotion=" + unknown)
                .then().statusCode(404).body("message", containsString(unknown));
    }

    @Test
    void aProductRoleNeedsAPromotionAndAKnownSku() {
        String id = TestFeed.unique("role-404");
        given().contentType(ContentType.JSON).body(validBody().toString()).put("/v1/promotions/" + id)
                .then().statusCode(201);
        given().when().get("/v1/products/any-sku/role")
                .then().statusCode(400).body("errors.field", hasItem("promotion"));
        String sku = TestFeed.unique("no-such-sku");
        given().when().get("/v1/products/" + sku + "/role?promotion=" + id)
                .then().statusCode(404).body("message", containsString(sku))
                .body("message", not(containsString("promotion")));
    }

    private static Promotion read(ConsumerRecord<String, byte[]> record) throws IOException {
        return EventJson.mapper().readValue(record.value(), Promotion.class);
    }
}
