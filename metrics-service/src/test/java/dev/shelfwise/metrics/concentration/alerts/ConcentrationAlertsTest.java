package dev.shelfwise.metrics.concentration.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shelfwise.alerts.delivery.testing.TestReceivers;
import dev.shelfwise.contracts.AlertEvent;
import dev.shelfwise.contracts.EventJson;
import dev.shelfwise.contracts.OrderEvent;
import dev.shelfwise.contracts.OrderLine;
import dev.shelfwise.contracts.Promotion;
import dev.shelfwise.contracts.Topics;
import dev.shelfwise.metrics.MetricsConfig;
import dev.shelfwise.metrics.concentration.GmvConcentration;
import dev.shelfwise.metrics.concentration.alerts.repository.PromotionRepository;
import dev.shelfwise.metrics.concentration.alerts.service.ConcentrationAlertJob;
import dev.shelfwise.metrics.concentration.service.ConcentrationService;
import dev.shelfwise.metrics.indices.DateRange;
import dev.shelfwise.metrics.rollups.RollupReader;
import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The over-concentration alert end to end over the real broker and database: orders on orders.v1 → rollups →
 * evaluation → alert rows, alerts.v1, Prometheus gauges, webhook deliveries.
 *
 * <p>The broker and database are shared by the whole run and trailing-24h is computed on ALL SKUs of its days, so
 * every test writes on days after the latest data in the database (2030 or later, past every other test's years)
 * and on every partition, which makes its days the latest complete ones. Evaluations are triggered directly
 * ({@code %test} evaluates on schedule only hourly), so each one sees the data complete.
 */
@QuarkusTest
@WithTestResource(value = WebhookReceiver.class, scope = TestResourceScope.GLOBAL)
class ConcentrationAlertsTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(250);
    private static final LocalDate NOT_BEFORE = LocalDate.parse("2030-01-01");
    /** Days between earlier data and ours, so no two-day trailing window holds both. */
    private static final int GAP_DAYS = 3;
    private static final int SKUS = 10;
    /** One SKU sells 955 of 1,000: the top 1 % of 10 SKUs (one SKU) holds 95.5 %, above both levels. */
    private static final BigDecimal HOT = new BigDecimal("955.00");
    private static final BigDecimal TAIL = new BigDecimal("5.00");
    private static final BigDecimal EVEN = new BigDecimal("100.00");
    private static final BigDecimal HOT_TOTAL = new BigDecimal("1000.00");
    private static final BigDecimal EVEN_TOTAL = new BigDecimal("1000.00");
    private static final String TRAILING = EvaluationScopes.TRAILING_24H;
    /** Mid-day, so the shop day of every order is the day it was written for. */
    private static final LocalTime ORDER_TIME = LocalTime.NOON;
    /** JsonPath reads decimals as floats by default: 0.955 would come back as 0.95499998. */
    private static final JsonPathConfig DOUBLES = new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE);

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Inject
    ConcentrationAlertJob job;
    @Inject
    PromotionRepository promotions;
    @Inject
    RollupReader reader;
    @Inject
    ConcentrationService concentrations;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    MetricsConfig config;
    @Inject
    Scheduler scheduler;

    @Test
    void overConcentratedGmvFiresOnceAndIsPublishedExportedAndDelivered() throws Exception {
        assertNotNull(scheduler.getScheduledJob(ConcentrationAlertJob.JOB), "the evaluation runs on a schedule");
        try (AlertFeed feed = new AlertFeed(); KafkaConsumer<String, byte[]> published = alertsConsumer()) {
            // balanced days first: whatever an earlier test left firing on trailing-24h resolves, so the next is new
            LocalDate calm = freshDay();
            feed.orders(even("calm", calm));
            awaitData(calm, DateRange.singleDay(calm), EVEN_TOTAL);
            job.run();
            assertTrue(alerts("firing", TRAILING).isEmpty(), "balanced GMV: nothing fires on " + TRAILING);

            LocalDate hot = calm.plusDays(GAP_DAYS);
            DateRange window = DateRange.of(hot.minusDays(1), hot);
            feed.orders(concentrated("hot", hot));
            awaitData(hot, window, HOT_TOTAL);
            job.run();
            // still above the level: the state read back from the database says firing, so nothing new
            job.run();

            List<Map<String, Object>> firing = alerts("firing", TRAILING);
            assertEquals(List.of("critical", "warning"), severities(firing), "exactly one alert per severity");
            Map<String, Object> critical = firing.stream().filter(a -> a.get("severity").equals("critical")).findFirst()
                    .orElseThrow();
            GmvConcentration expected = GmvConcentration.of(hotValues());
            assertEquals(Set.of("id", "kind", "severity", "state", "scope", "window", "startsAt", "endsAt", "summary",
                    "figures", "deliveries", "delivery"), critical.keySet());
            assertEquals("gmv-over-concentration", critical.get("kind"));
            assertNull(critical.get("endsAt"));
            assertEquals(Map.of("from", window.start().toString(), "to", window.end().toString()), critical.get("window"));
            Map<?, ?> figures = (Map<?, ?>) critical.get("figures");
            assertEquals(0.955, number(figures.get("top1PctShare")));
            assertEquals(0.9, number(figures.get("threshold")));
            assertEquals(SKUS, ((Number) figures.get("activeSkus")).intValue());
            assertEquals(0, HOT_TOTAL.compareTo(new BigDecimal(figures.get("gmv").toString())));
            assertEquals(expected.gini(), number(figures.get("gini")));
            assertEquals(expected.hhi(), number(figures.get("hhi")));
            assertTrue(critical.get("summary").toString().contains("hold 95.5 % of GMV"), critical.get("summary").toString());
            String id = critical.get("id").toString();
            given().when().get("/v1/alerts/" + id).then().statusCode(200).body("id", equalTo(id))
                    .body("state", equalTo("firing"));

            List<AlertEvent> events = events(published, id);
            assertEquals(1, events.size(), "one firing event on alerts.v1 for two evaluations: " + events);
            AlertEvent event = events.get(0);
            assertEquals("firing", event.state());
            assertEquals("critical", event.severity());
            assertEquals(TRAILING, event.labels().get("scope"));
            assertEquals("0.955", event.figures().get("top1PctShare"));
            assertEquals(Instant.parse(critical.get("startsAt").toString()), event.startsAt());

            String metrics = metrics();
            assertEquals(0.955, metric(metrics, "shelfwise_gmv_top1pct_share", "scope=\"" + TRAILING + "\""));
            assertEquals(expected.top10PctShare(), metric(metrics, "shelfwise_gmv_top10pct_share", "scope=\"" + TRAILING + "\""));
            assertEquals(expected.gini(), metric(metrics, "shelfwise_gmv_gini", "scope=\"" + TRAILING + "\""));
            assertEquals(expected.hhi(), metric(metrics, "shelfwise_gmv_hhi", "scope=\"" + TRAILING + "\""));
            assertTrue(metric(metrics, "shelfwise_alerts_firing", "kind=\"gmv-over-concentration\",severity=\"critical\"") >= 1);

            JsonPath delivered = awaitDelivery(TestReceivers.ALERTMANAGER, id, "firing");
            assertEquals("4", delivered.getString("version"));
            assertEquals(TestReceivers.ALERTMANAGER, delivered.getString("receiver"));
            assertEquals(Map.of("alertname", "gmv-over-concentration", "severity", "critical",
                    "service", "metrics-service", "scope", TRAILING, "windowStart", window.start().toString(),
                    "windowEnd", window.end().toString()), delivered.getMap("alerts[0].labels"));
            assertTrue(delivered.getString("alerts[0].annotations.summary").contains("95.5 %"));
            assertEquals("0.955", delivered.getString("alerts[0].annotations.top1PctShare"));
            assertEquals(critical.get("startsAt"), delivered.getString("alerts[0].startsAt"));
            assertEquals("0001-01-01T00:00:00Z", delivered.getString("alerts[0].endsAt"));

            JsonPath generic = awaitDelivery(TestReceivers.JSON, id, "firing");
            assertEquals("gmv-over-concentration", generic.getString("kind"));
            assertEquals("critical", generic.getString("severity"));
            assertEquals("metrics-service", generic.getString("source"));
            assertEquals(TRAILING, generic.getString("labels.scope"));
            assertEquals("0.955", generic.getString("figures.top1PctShare"));
            assertEquals(critical.get("startsAt"), generic.getString("startsAt"));
            assertNull(generic.get("endsAt"), "no end while firing");
            assertRetriedOnce(id, "firing");
        }
    }

    @Test
    void balancedOrdersResolveAPromotionsAlertWithItsEnd() throws Exception {
        try (AlertFeed feed = new AlertFeed(); KafkaConsumer<String, byte[]> published = alertsConsumer()) {
            LocalDate day = freshDay();
            String promotion = run + "-resolve";
            String scope = EvaluationScopes.promotionScope(promotion);
            feed.promotion(new Promotion(promotion, "Resolve test sale", "test", day, day, "sales", 1, 1));
            awaitPromotion(promotion, true);
            feed.orders(concentrated("hot", day));
            awaitData(day, DateRange.singleDay(day), HOT_TOTAL);
            job.run();
            List<Map<String, Object>> firing = alerts("firing", scope);
            assertEquals(List.of("critical", "warning"), severities(firing));

            // ten more SKUs of 100: the top SKU's 955 of 2,000 is 47.75 %, below both levels minus the hysteresis
            feed.orders(even("calm", day));
            awaitData(day, DateRange.singleDay(day), HOT_TOTAL.add(EVEN_TOTAL));
            job.run();
            assertTrue(alerts("firing", scope).isEmpty());
            List<Map<String, Object>> resolved = alerts("resolved", scope);
            assertEquals(List.of("critical", "warning"), severities(resolved));
            for (Map<String, Object> alert : resolved) {
                Instant startsAt = Instant.parse(alert.get("startsAt").toString());
                Instant endsAt = Instant.parse(alert.get("endsAt").toString());
                assertFalse(endsAt.isBefore(startsAt), alert.toString());
                Map<?, ?> figures = (Map<?, ?>) alert.get("figures");
                assertEquals(0.955, number(figures.get("top1PctShare")), "the figures that fired it stay");
                assertEquals(0.4775, number(figures.get("resolvedTop1PctShare")));
            }
            Map<String, Object> critical = resolved.stream().filter(a -> a.get("severity").equals("critical")).findFirst()
                    .orElseThrow();
            assertEquals(firing.stream().filter(a -> a.get("severity").equals("critical")).findFirst().orElseThrow()
                    .get("id"), critical.get("id"), "firing and resolved share the episode id");
            String id = critical.get("id").toString();

            List<AlertEvent> events = events(published, id);
            assertEquals(List.of("firing", "resolved"), events.stream().map(AlertEvent::state).toList());
            assertEquals(Instant.parse(critical.get("endsAt").toString()), events.get(1).endsAt());
            assertEquals("0.4775", events.get(1).figures().get("resolvedTop1PctShare"));

            JsonPath delivered = awaitDelivery(TestReceivers.ALERTMANAGER, id, "resolved");
            assertEquals("resolved", delivered.getString("status"));
            assertEquals(critical.get("endsAt"), delivered.getString("alerts[0].endsAt"));
            JsonPath generic = awaitDelivery(TestReceivers.JSON, id, "resolved");
            assertEquals(critical.get("endsAt"), generic.getString("endsAt"));
            assertEquals("0.4775", generic.getString("figures.resolvedTop1PctShare"));
            assertRetriedOnce(id, "resolved");

            String metrics = metrics();
            assertEquals(0.4775, metric(metrics, "shelfwise_gmv_top1pct_share", "scope=\"" + scope + "\""));
            feed.deletePromotion(promotion);
            awaitPromotion(promotion, false);
        }
    }

    @Test
    void deletingARunningPromotionResolvesItsAlertAndDropsItsGauges() throws Exception {
        try (AlertFeed feed = new AlertFeed()) {
            LocalDate day = freshDay();
            String promotion = run + "-deleted";
            String scope = EvaluationScopes.promotionScope(promotion);
            double unreadable = metric(metrics(), "shelfwise_promotions_unreadable_total", "");
            feed.promotionRaw(run + "-garbled", "{not json".getBytes(StandardCharsets.UTF_8));
            feed.promotion(new Promotion(promotion, "Deleted test sale", "test", day, day, "sales", 1, 1));
            awaitPromotion(promotion, true);
            double counted = poll(() -> metric(metrics(), "shelfwise_promotions_unreadable_total", ""),
                    value -> value > unreadable);
            assertEquals(unreadable + 1, counted, "the unreadable record is counted and skipped");
            assertFalse(promotions.windows().stream().anyMatch(p -> p.id().equals(run + "-garbled")));
            feed.deletePromotion(run + "-garbled"); // lets compaction drop it
            feed.orders(concentrated("hot", day));
            awaitData(day, DateRange.singleDay(day), HOT_TOTAL);
            job.run();
            assertEquals(List.of("critical", "warning"), severities(alerts("firing", scope)));
            String metrics = metrics();
            assertEquals(0.955, metric(metrics, "shelfwise_gmv_top1pct_share", "scope=\"" + scope + "\""));

            feed.deletePromotion(promotion); // a tombstone
            awaitPromotion(promotion, false);
            job.run();
            assertTrue(alerts("firing", scope).isEmpty());
            List<Map<String, Object>> resolved = alerts("resolved", scope);
            assertEquals(List.of("critical", "warning"), severities(resolved));
            resolved.forEach(alert -> {
                assertNotNull(alert.get("endsAt"));
                assertTrue(alert.get("summary").toString().endsWith(scope + " is no longer running."));
            });
            String after = metrics();
            assertFalse(after.contains("scope=\"" + scope + "\""), "an ended scope shows no stale figure");
        }
    }

    @Test
    void anUnknownStateIs400NamingStateAndAnUnknownIdIs404() {
        given().queryParam("state", "open").when().get("/v1/alerts").then().statusCode(400)
                .body("field", equalTo("state")).body("message", containsString("firing or resolved"));
        given().when().get("/v1/alerts/gmv-over-concentration/no-such-scope-" + run + "/critical/2030-01-01T00:00:00Z")
                .then().statusCode(404).body("status", equalTo(404)).body("field", equalTo("id"));
        given().queryParam("state", "resolved").when().get("/v1/alerts").then().statusCode(200)
                .header("Shelfwise-Timezone", equalTo(config.timezone().getId()));
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body("paths.'/v1/alerts'.get.parameters.name", hasItems("state", "scope"))
                .body("paths.'/v1/alerts'.get.responses.'200'.content.'application/json'.examples.firing.value",
                        notNullValue())
                .body("paths.'/v1/alerts/{id}'.get.responses.'404'", notNullValue());
    }

    // ---------------------------------------------------------------- data

    private List<OrderEvent> concentrated(String batch, LocalDate day) {
        List<OrderEvent> orders = new ArrayList<>();
        orders.add(order(batch, 0, day, HOT));
        for (int i = 1; i < SKUS; i++) {
            orders.add(order(batch, i, day, TAIL));
        }
        return orders;
    }

    private List<OrderEvent> even(String batch, LocalDate day) {
        List<OrderEvent> orders = new ArrayList<>();
        for (int i = 0; i < SKUS; i++) {
            orders.add(order(batch, i, day, EVEN));
        }
        return orders;
    }

    private static List<BigDecimal> hotValues() {
        List<BigDecimal> values = new ArrayList<>(List.of(HOT));
        for (int i = 1; i < SKUS; i++) {
            values.add(TAIL);
        }
        return values;
    }

    /** One order of one unit of its own SKU; ids are unique per test and batch, so none is deduplicated away. */
    private OrderEvent order(String batch, int index, LocalDate day, BigDecimal price) {
        String name = run + "-" + batch + "-" + day + "-" + index;
        ZoneId zone = config.timezone();
        OffsetDateTime placedAt = day.atTime(ORDER_TIME).atZone(zone).toOffsetDateTime();
        return new OrderEvent("O-" + name, "test", "C-" + name, placedAt, "USD", "onsite", null,
                List.of(new OrderLine("SKU-" + name, run + "-alerts", 1, price, null, null)));
    }

    /** A day after all data in the database, and in 2030 or later. */
    private LocalDate freshDay() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT max(day) FROM sku_day");
             ResultSet rows = query.executeQuery()) {
            rows.next();
            Date latest = rows.getDate(1);
            LocalDate after = latest == null ? NOT_BEFORE : latest.toLocalDate().plusDays(GAP_DAYS);
            return after.isBefore(NOT_BEFORE) ? NOT_BEFORE : after;
        }
    }

    /** Waits until completeThrough reached {@code day} and the window holds the expected GMV. */
    private void awaitData(LocalDate day, DateRange window, BigDecimal gmv) {
        Predicate<GmvConcentration> done = figures -> figures != null && figures.gmv().compareTo(gmv) == 0;
        GmvConcentration figures = poll(() -> {
            OffsetDateTime through = reader.completeThrough();
            boolean reached = through != null && !through.atZoneSameInstant(config.timezone()).toLocalDate().isBefore(day);
            return reached ? concentrations.of(window) : null;
        }, done);
        assertTrue(done.test(figures), "rollups of " + window + " did not reach GMV " + gmv + ": " + figures);
    }

    private void awaitPromotion(String id, boolean present) {
        Predicate<Boolean> done = known -> known == present;
        Boolean known = poll(() -> promotions.windows().stream().anyMatch(p -> p.id().equals(id)), done);
        assertEquals(present, known, "promotion " + id + (present ? " never arrived" : " was never deleted"));
    }

    // ---------------------------------------------------------------- reading

    private static List<Map<String, Object>> alerts(String state, String scope) {
        List<Map<String, Object>> alerts = given().queryParam("state", state).when().get("/v1/alerts")
                .then().statusCode(200).extract().jsonPath().using(DOUBLES).getList("$");
        return alerts.stream().filter(alert -> scope.equals(alert.get("scope"))).toList();
    }

    private static List<String> severities(List<Map<String, Object>> alerts) {
        return alerts.stream().map(alert -> alert.get("severity").toString()).sorted().toList();
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }

    private static String metrics() {
        return given().when().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The value of the one sample of {@code name} whose labels contain {@code labels} ("" for any). */
    private static double metric(String metrics, String name, String labels) {
        Matcher sample = Pattern.compile("^" + name + "(?:\\{([^}]*)})? (\\S+)$", Pattern.MULTILINE).matcher(metrics);
        List<Double> values = new ArrayList<>();
        while (sample.find()) {
            if (sample.group(1) == null ? labels.isEmpty() : sample.group(1).contains(labels)) {
                values.add(Double.parseDouble(sample.group(2)));
            }
        }
        assertEquals(1, values.size(), name + "{" + labels + "} in /q/metrics");
        return values.get(0);
    }

    /** Every event of this alert on alerts.v1 since the consumer was opened (all were acknowledged by then). */
    private static List<AlertEvent> events(KafkaConsumer<String, byte[]> consumer, String alertId) {
        Map<TopicPartition, Long> end = consumer.endOffsets(consumer.assignment());
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())
                && System.nanoTime() < deadline) {
            consumer.poll(POLL).forEach(records::add);
        }
        return records.stream().filter(record -> alertId.equals(record.key()))
                .map(record -> read(record.value())).collect(Collectors.toList());
    }

    private static AlertEvent read(byte[] json) {
        try {
            return EventJson.mapper().readValue(json, AlertEvent.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static KafkaConsumer<String, byte[]> alertsConsumer() {
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap), new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.ALERTS).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // fixes the start before anything is published
        return consumer;
    }

    /** The body {@code receiver} accepted for this transition. */
    private static JsonPath awaitDelivery(String receiver, String alertId, String state) {
        String url = ConfigProvider.getConfig().getValue(WebhookReceiver.urlKey(receiver), String.class);
        List<JsonNode> bodies = poll(() -> TestReceivers.accepted(receiver, url, alertId, state), found -> !found.isEmpty());
        assertEquals(1, bodies.size(), receiver + " accepted the " + state + " notification of " + alertId + " once");
        return new JsonPath(bodies.get(0).toString());
    }

    /**
     * Each receiver refuses each first delivery: the alert lists, per receiver, that attempt and the retry that got
     * through, and sums it up once both are done.
     */
    private static void assertRetriedOnce(String alertId, String state) {
        Predicate<JsonPath> done = alert -> state.equals(alert.getString("state"))
                && "delivered".equals(alert.getString("delivery.state"));
        JsonPath alert = poll(() -> given().when().get("/v1/alerts/" + alertId).then().statusCode(200)
                .extract().jsonPath(), done);
        assertEquals("delivered 2/2 receivers, 4 attempts", alert.getString("delivery.summary"), alert.prettify());
        List<Map<String, Object>> all = alert.getList("deliveries");
        for (String receiver : List.of(TestReceivers.ALERTMANAGER, TestReceivers.JSON)) {
            List<Map<String, Object>> attempts = all.stream()
                    .filter(a -> state.equals(a.get("state")) && receiver.equals(a.get("receiver"))).toList();
            assertEquals(2, attempts.size(), receiver + ": " + attempts);
            assertEquals(1, attempts.get(0).get("attempt"));
            assertEquals(TestReceivers.REFUSED, attempts.get(0).get("statusCode"));
            assertEquals(false, attempts.get(0).get("delivered"));
            assertEquals(2, attempts.get(1).get("attempt"));
            assertEquals(200, attempts.get(1).get("statusCode"));
            assertEquals(true, attempts.get(1).get("delivered"));
            assertNotNull(attempts.get(1).get("at"));
        }
    }

    private static <T> T poll(Callable<T> read, Predicate<T> done) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        try {
            T value = read.call();
            while (!done.test(value) && System.nanoTime() < deadline) {
                Thread.sleep(POLL.toMillis());
                value = read.call();
            }
            return value;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
