package dev.shelfwise.system;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Shops connected without an integration of their own (issue 10): Shopify's and WooCommerce's webhooks, signed as
 * the platforms sign them, and a CSV history imported with {@code local-stack/import.sh}, all through the packaged
 * order-ingest, end up in metrics-service as exactly the figures of the equivalent native v1 events. The payloads
 * are order-ingest's fixtures (written from the platforms' documented payloads). Year 2022 belongs to this test.
 * The stack's platform {@code demo} must have the webhook secrets below (./shelfwise passes them to order-ingest).
 */
class ConnectorsIT {
    private static final Duration WAIT = Duration.ofMinutes(2);
    private static final Path FIXTURES = Path.of("..", "order-ingest", "src", "test", "resources", "fixtures");
    private static final String SHOPIFY_SECRET = System.getenv().getOrDefault("SHELFWISE_IT_SHOPIFY_SECRET", "demo-shopify-secret");
    private static final String WOOCOMMERCE_SECRET = System.getenv().getOrDefault("SHELFWISE_IT_WOOCOMMERCE_SECRET",
            "demo-woocommerce-secret");
    private static final String PLATFORM = "demo";
    private static final BigDecimal NET_SALES = new BigDecimal("45.00"); // 2 × 25.00 − 5.00 + 40.00 − 40.00 refunded

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    /** A platform id (a number) no other run uses. */
    private static String unique() {
        return String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L));
    }

    /** Fixture text to replace, in order: ids, dates, SKUs and category names of this run. */
    private static Map<String, String> replacing(String... pairs) {
        Map<String, String> replacements = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            replacements.put(pairs[i], pairs[i + 1]);
        }
        return replacements;
    }

    private static String fixture(String path, Map<String, String> replacements) {
        try {
            String text = Files.readString(FIXTURES.resolve(path));
            for (Map.Entry<String, String> replacement : replacements.entrySet()) {
                text = text.replace(replacement.getKey(), replacement.getValue());
            }
            return text;
        } catch (IOException e) {
            throw new IllegalStateException("order-ingest's fixture " + path, e);
        }
    }

    private static String sign(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Response shopify(String topic, String body, String secret) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return given().contentType("application/json").header("X-Shopify-Topic", topic)
                .header("X-Shopify-Webhook-Id", UUID.randomUUID().toString())
                .header("X-Shopify-Hmac-Sha256", sign(secret, bytes)).body(bytes)
                .when().post(Stack.INGEST + "/v1/webhooks/shopify/" + PLATFORM);
    }

    private static Response wooCommerce(String topic, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return given().contentType("application/json").header("X-WC-Webhook-Topic", topic)
                .header("X-WC-Webhook-Delivery-ID", UUID.randomUUID().toString())
                .header("X-WC-Webhook-Signature", sign(WOOCOMMERCE_SECRET, bytes)).body(bytes)
                .when().post(Stack.INGEST + "/v1/webhooks/woocommerce/" + PLATFORM);
    }

    private static void expect200(Response response, String what) {
        assertEquals(200, response.statusCode(), what + " answered " + response.statusCode() + ": " + response.asString()
                + (response.statusCode() == 401 ? " (is the platform's webhook secret configured? see ConnectorsIT)" : ""));
    }

    /** The native v1 order and refund a platform integration would have sent for the fixtures' order. */
    private static void postNativeTwin(String category, String day, String refundDay) {
        String id = "twin-" + unique();
        Stack.post("orders", List.of("""
                {"orderId": "%1$s", "customerId": "%1$s-customer", "placedAt": "%2$sT09:30:00-04:00", "currency": "USD",
                 "channel": "onsite:coupon", "lines": [
                   {"sku": "%1$s-shirt", "category": "%3$s", "quantity": 2, "unitPrice": "25.00", "discount": "5.00"},
                   {"sku": "%1$s-mug", "category": "%3$s", "quantity": 1, "unitPrice": "40.00"}]}""".formatted(id, day, category)));
        Stack.post("refunds", List.of("""
                {"orderId": "%1$s", "refundId": "%1$s-refund", "at": "%2$sT11:00:00-04:00",
                 "lines": [{"sku": "%1$s-mug", "quantity": 1, "amount": "40.00"}]}""".formatted(id, refundDay)));
    }

    private static JsonPath trend(String category) {
        Response response = given().queryParam("category", category).queryParam("from", "2022-01-01")
                .queryParam("to", "2022-12-31").when().get(Stack.METRICS + "/v1/trends");
        return response.statusCode() == 200 ? response.jsonPath() : null;
    }

    private static BigDecimal sales(JsonPath trend) {
        return trend == null ? null : new BigDecimal(trend.getString("sales"));
    }

    private static JsonPath settledTrend(String category, BigDecimal expected) {
        return Stack.eventually(() -> trend(category), t -> t != null && expected.compareTo(sales(t)) == 0, WAIT);
    }

    /** Daily and monthly sales of two categories, and their new-customer cells of 2022, are the same figures. */
    private static void assertSameFigures(String viaConnector, String viaNative) {
        JsonPath connector = settledTrend(viaConnector, NET_SALES);
        JsonPath nativeTwin = settledTrend(viaNative, NET_SALES);
        assertEquals(0, NET_SALES.compareTo(sales(connector)), viaConnector + ": " + (connector == null ? "no data" : connector.prettify()));
        assertEquals(0, NET_SALES.compareTo(sales(nativeTwin)), viaNative + ": " + (nativeTwin == null ? "no data" : nativeTwin.prettify()));
        assertEquals(series(nativeTwin, "daily"), series(connector, "daily"), "daily sales");
        assertEquals(series(nativeTwin, "monthly"), series(connector, "monthly"), "monthly sales");
        JsonPath newCustomers = given().queryParam("year", 2022).when().get(Stack.METRICS + "/v1/indices/new-customer")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(cells(newCustomers, viaNative), cells(newCustomers, viaConnector), "new-customer cells");
    }

    /** Non-zero points of a series as "date or month = sales" (scale-free). */
    private static List<String> series(JsonPath trend, String name) {
        List<Map<String, Object>> points = trend.getList(name);
        return points.stream().filter(p -> new BigDecimal(p.get("sales").toString()).signum() != 0)
                .map(p -> Objects.toString(p.getOrDefault("date", p.get("month"))) + "="
                        + new BigDecimal(p.get("sales").toString()).stripTrailingZeros().toPlainString()).toList();
    }

    private static List<String> cells(JsonPath table, String category) {
        List<Map<String, Object>> cells = table.getList("cells");
        return cells.stream().filter(c -> category.equals(c.get("category")))
                .map(c -> c.get("month") + ": " + c.get("orders") + " orders, " + c.get("newCustomerOrders") + " new").toList();
    }

    @Test
    void aShopifyOrderWebhookGivesTheFiguresOfTheEquivalentNativeEvents() {
        String category = "it-" + run + "-shopify";
        Map<String, String> mine = replacing("5120001", unique(), "9100001", unique(), "\"id\": 7001", "\"id\": " + unique(),
                "Apparel", category, "LS-BLUE-M", "LS-" + run, "MUG-11", "MUG-" + run,
                "2026-05-12", "2022-03-15", "2026-05-15", "2022-03-18");
        expect200(shopify("products/create", fixture("shopify/products-create.json", mine), SHOPIFY_SECRET), "products/create");
        // the mug's own product: the same payload with its SKU
        Map<String, String> mug = new LinkedHashMap<>(mine);
        mug.put("LS-BLUE-M", "MUG-" + run);
        expect200(shopify("products/create", fixture("shopify/products-create.json", mug), SHOPIFY_SECRET), "products/create");
        expect200(shopify("orders/create", fixture("shopify/orders-create.json", mine), SHOPIFY_SECRET), "orders/create");
        expect200(shopify("refunds/create", fixture("shopify/refunds-create.json", mine), SHOPIFY_SECRET), "refunds/create");
        // Shopify delivers orders/updated too: the same order again, dropped downstream by its event id
        expect200(shopify("orders/updated", fixture("shopify/orders-create.json", mine), SHOPIFY_SECRET), "orders/updated");
        postNativeTwin(category + "-native", "2022-03-15", "2022-03-18");
        assertSameFigures(category, category + "-native");
    }

    @Test
    void aWooCommerceOrderWebhookGivesTheFiguresOfTheEquivalentNativeEvents() {
        String category = "it-" + run + "-woocommerce";
        Map<String, String> mine = replacing("4120", unique(), "4133", unique(), "\"customer_id\": 12",
                "\"customer_id\": " + unique(), "Kitchen & Dining", category, "MUG-11", "MUG-" + run, "LS-BLUE-M", "LS-" + run,
                "2026-05-12", "2022-04-12", "2026-05-15", "2022-04-15");
        expect200(wooCommerce("product.created", fixture("woocommerce/product-created.json", mine)), "product.created");
        Map<String, String> shirt = new LinkedHashMap<>(mine);
        shirt.put("MUG-11", "LS-" + run);
        expect200(wooCommerce("product.created", fixture("woocommerce/product-created.json", shirt)), "product.created");
        expect200(wooCommerce("order.created", fixture("woocommerce/order-created.json", mine)), "order.created");
        expect200(wooCommerce("order.updated", fixture("woocommerce/order-updated-refunded.json", mine)), "order.updated");
        // 09:30 in the shop is 13:30 UTC: the native twin says the same instant with its own offset
        postNativeTwin(category + "-native", "2022-04-12", "2022-04-15");
        assertSameFigures(category, category + "-native");
    }

    @Test
    void aBadSignatureGets401AndNothingIsWritten() {
        String category = "it-" + run + "-forged";
        Map<String, String> mine = replacing("5120001", unique(), "Apparel", category, "LS-BLUE-M", "LS-" + run + "-forged",
                "2026-05-12", "2022-05-10");
        expect200(shopify("products/create", fixture("shopify/products-create.json", mine), SHOPIFY_SECRET), "products/create");
        Response forged = shopify("orders/create", fixture("shopify/orders-create.json", mine), "not-the-shops-secret");
        assertEquals(401, forged.statusCode(), forged.asString());
        // a valid order posted after it: once metrics-service shows it, a written forgery would show too
        String marker = "it-" + run + "-marker";
        Stack.post("orders", List.of("""
                {"orderId": "marker-%1$s", "customerId": "marker-%1$s", "placedAt": "2022-05-11T10:00:00Z", "currency": "USD",
                 "lines": [{"sku": "marker-%1$s", "category": "%2$s", "quantity": 1, "unitPrice": "1.00"}]}""".formatted(run, marker)));
        settledTrend(marker, BigDecimal.ONE);
        JsonPath forgedTrend = trend(category);
        assertTrue(forgedTrend == null || sales(forgedTrend).signum() == 0, "nothing of the forged order is counted");
    }

    @Test
    void aCsvWithThreeBrokenRowsImportsTheRestAndAReImportChangesNothing() throws Exception {
        String category = "it-" + run + "-csv";
        Path csv = Files.createTempFile("connectors-it-", ".csv");
        Files.writeString(csv, """
                orderId,customerId,placedAt,currency,channel,sku,category,quantity,unitPrice,unitCost,discount
                %1$s-1,%1$s-c1,2022-06-01T10:00:00Z,USD,onsite,BK-1,%2$s,2,19.90,8.00,
                %1$s-1,%1$s-c1,2022-06-01T10:00:00Z,USD,onsite,TY-1,%2$s,1,30.00,,5.00
                %1$s-2,%1$s-c2,2022-06-02T11:00:00Z,USD,"onsite:coupon",BK-2,%2$s,1,"12.50",,
                %1$s-3,%1$s-c3,2022-06-03T09:30:00Z,USD,onsite,BK-1,%2$s,abc,19.90,,
                %1$s-4,%1$s-c4,2022-06-03T12:00:00Z,USD,onsite,"BK-3"x,%2$s,1,12.00,,
                %1$s-5,%1$s-c5,2022-06-04T08:00:00Z,USD,onsite,GD-1,%2$s,3,7.50,,
                %1$s-6,%1$s-c6,2022-06-04T09:00:00Z,USD,onsite,GD-2,%2$s
                %1$s-7,%1$s-c7,2022-06-05T10:00:00Z,USD,onsite,"GD-3, large",%2$s,1,49.00,20.00,
                """.formatted(run, category));
        // 2 × 19.90 + 30.00 − 5.00 + 12.50 + 3 × 7.50 + 49.00
        BigDecimal expected = new BigDecimal("148.80");
        ImportRun first = importCsv(csv);
        assertEquals(2, first.exitCode(), "rows were rejected: " + first.output());
        assertTrue(first.output().contains("8 rows, 5 accepted"), first.output());
        List<String> rejects = Files.readAllLines(Path.of(csv + ".rejects.csv"));
        assertEquals("line,id,reason", rejects.get(0));
        assertEquals(List.of("5", "6", "8"), rejects.subList(1, rejects.size()).stream()
                .map(line -> line.substring(0, line.indexOf(','))).toList(), String.join("\n", rejects));
        JsonPath imported = settledTrend(category, expected);
        assertEquals(0, expected.compareTo(sales(imported)), "the valid rows: " + (imported == null ? "none" : imported.prettify()));

        ImportRun again = importCsv(csv);
        assertEquals(2, again.exitCode(), again.output());
        String marker = "it-" + run + "-csv-marker";
        Stack.post("orders", List.of("""
                {"orderId": "csv-marker-%1$s", "customerId": "csv-marker-%1$s", "placedAt": "2022-06-06T10:00:00Z",
                 "currency": "USD", "lines": [{"sku": "m-%1$s", "category": "%2$s", "quantity": 1, "unitPrice": "1.00"}]}"""
                .formatted(run, marker)));
        settledTrend(marker, BigDecimal.ONE);
        assertEquals(series(imported, "daily"), series(trend(category), "daily"), "re-importing counted nothing twice");
    }

    private record ImportRun(int exitCode, String output) {
    }

    /** {@code ./shelfwise import orders FILE --format shelfwise} as a user runs it, against the packaged order-ingest. */
    private static ImportRun importCsv(Path csv) throws Exception {
        ProcessBuilder command = new ProcessBuilder("bash", Path.of("..", "local-stack", "import.sh").toString(), "orders",
                csv.toString(), "--platform", PLATFORM, "--format", "shelfwise").redirectErrorStream(true);
        command.environment().put("SHELFWISE_INGEST_URL", Stack.INGEST);
        Process process = command.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroy();
            throw new AssertionError("the import did not finish: " + output);
        }
        return new ImportRun(process.exitValue(), output);
    }
}
