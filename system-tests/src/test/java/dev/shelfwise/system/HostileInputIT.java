package dev.shelfwise.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hostile-input corpus ({@code hostile/requests.jsonl}, one request per line) against the packaged services:
 * every request gets the 4xx it names, with a message (naming the field where the corpus says which), no stack trace
 * in the body, and every service is still ready afterwards. Large bodies are written as placeholders
 * ({@code {{nested-arrays N}}}, {@code {{repeat N c}}}, …) expanded here, so the corpus stays readable.
 */
class HostileInputIT {
    private static final String CORPUS = "/hostile/requests.jsonl";
    private static final int MIN_CORPUS_SIZE = 100;
    private static final int PAYLOAD_TOO_LARGE = 413;
    private static final Map<String, String> SERVICES = Map.of("ingest", Stack.INGEST, "metrics", Stack.METRICS,
            "matrix", Stack.MATRIX, "clearance", Stack.CLEARANCE);
    /** What a leaked stack trace or framework internals look like in a response body. */
    private static final List<String> LEAKS = List.of("\tat ", "at dev.shelfwise", "Caused by", "java.lang.",
            "org.hibernate", "io.quarkus", "io.vertx", "com.fasterxml", "org.postgresql", "Exception:");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(nested-arrays|nested-objects|repeat|lines|channels) (\\d+)(?: (\\S))?}}");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @TestFactory
    Stream<DynamicTest> everyHostileRequestGetsAClear4xx() {
        List<JsonNode> corpus = corpus();
        assertTrue(corpus.size() >= MIN_CORPUS_SIZE, "the corpus holds " + corpus.size() + " requests");
        return corpus.stream().map(request -> DynamicTest.dynamicTest(
                request.path("service").asText() + ": " + request.path("name").asText(), () -> check(request)));
    }

    @AfterAll
    static void everyServiceIsStillReady() throws Exception {
        for (Map.Entry<String, String> service : SERVICES.entrySet()) {
            HttpResponse<String> ready = HTTP.send(HttpRequest.newBuilder(URI.create(service.getValue() + "/q/health/ready"))
                    .timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ready.statusCode(), service.getKey() + " is not ready after the corpus: " + ready.body());
        }
    }

    private static void check(JsonNode request) throws Exception {
        HttpResponse<String> response = send(request);
        String body = response.body();
        String what = request.path("method").asText() + " " + request.path("path").asText() + " → "
                + response.statusCode() + " " + abbreviate(body);
        List<Integer> expected = new ArrayList<>();
        request.path("status").forEach(status -> expected.add(status.asInt()));
        assertTrue(expected.contains(response.statusCode()), "expected one of " + expected + ": " + what);
        assertTrue(response.statusCode() >= 400 && response.statusCode() < 500, "not a 4xx: " + what);
        for (String leak : LEAKS) {
            assertFalse(body.contains(leak), "the body leaks internals (" + leak.strip() + "): " + what);
        }
        // a body over the size limit is refused by the HTTP layer before any resource reads it: the status line
        // (413 Request Entity Too Large) is the message there
        assertTrue(!body.isBlank() || response.statusCode() == PAYLOAD_TOO_LARGE, "no message says what is wrong: " + what);
        String mentions = request.path("mentions").asText(null);
        if (mentions != null) {
            assertTrue(body.toLowerCase(Locale.ROOT).contains(mentions.toLowerCase(Locale.ROOT)),
                    "the message does not name " + mentions + ": " + what);
        }
    }

    private static HttpResponse<String> send(JsonNode request) throws IOException, InterruptedException {
        String base = SERVICES.get(request.path("service").asText());
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + request.path("path").asText())).timeout(TIMEOUT);
        String authorization = switch (request.path("auth").asText()) {
            case "platform" -> Stack.TOKEN;
            case "wrong" -> "Bearer not-the-demo-token";
            case "basic" -> "Basic ZGVtbzpkZW1vLXRva2Vu";
            case "empty" -> "Bearer ";
            case "injection" -> "Bearer ' OR '1'='1";
            case "none" -> null;
            default -> throw new IllegalArgumentException("unknown auth " + request.path("auth"));
        };
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        request.path("headers").fields().forEachRemaining(header -> builder.header(header.getKey(), header.getValue().asText()));
        if (request.has("body")) {
            builder.header("Content-Type", request.path("contentType").asText("application/json"));
            builder.method(request.path("method").asText(), HttpRequest.BodyPublishers.ofString(expand(request.path("body").asText()), StandardCharsets.UTF_8));
        } else {
            builder.method(request.path("method").asText(), HttpRequest.BodyPublishers.noBody());
        }
        return HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The body with its placeholders written out. */
    static String expand(String body) {
        if (body.startsWith("@bytes:")) { // one JSON string of that many bytes
            int size = Integer.parseInt(body.substring("@bytes:".length()));
            return "[{\"orderId\":\"" + "x".repeat(size) + "\"}]";
        }
        if (body.startsWith("@orders:")) {
            int count = Integer.parseInt(body.substring("@orders:".length()));
            List<String> orders = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                orders.add("{\"orderId\":\"H-BATCH-" + i + "\",\"customerId\":\"C-1\",\"placedAt\":\"2026-04-03T10:15:00Z\","
                        + "\"currency\":\"USD\",\"lines\":[{\"sku\":\"H\",\"category\":\"books\",\"quantity\":1,\"unitPrice\":\"1.00\"}]}");
            }
            return "[" + String.join(",", orders) + "]";
        }
        Matcher matcher = PLACEHOLDER.matcher(body);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            int n = Integer.parseInt(matcher.group(2));
            String expansion = switch (matcher.group(1)) {
                case "nested-arrays" -> "[".repeat(n) + "]".repeat(n);
                case "nested-objects" -> "{\"a\":".repeat(n) + "1" + "}".repeat(n);
                case "repeat" -> matcher.group(3).repeat(n);
                case "lines" -> String.join(",", Stream.iterate(0, i -> i + 1).limit(n).map(i ->
                        "{\"sku\":\"H-" + i + "\",\"category\":\"books\",\"quantity\":1,\"unitPrice\":\"1.00\"}").toList());
                case "channels" -> String.join(",", Stream.iterate(0, i -> i + 1).limit(n).map(i ->
                        "{\"id\":\"c" + i + "\",\"kind\":\"price-cut\",\"price\":7,\"expectedOrdersPerDay\":5,\"conversionRate\":0.06}").toList());
                default -> throw new IllegalArgumentException(matcher.group());
            };
            matcher.appendReplacement(out, Matcher.quoteReplacement(expansion));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static List<JsonNode> corpus() {
        List<JsonNode> requests = new ArrayList<>();
        try (InputStream in = HostileInputIT.class.getResourceAsStream(CORPUS);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    requests.add(JSON.readTree(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return requests;
    }

    private static String abbreviate(String body) {
        return body.length() <= 300 ? body : body.substring(0, 300) + "…";
    }
}
