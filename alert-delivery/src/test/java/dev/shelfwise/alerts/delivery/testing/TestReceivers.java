package dev.shelfwise.alerts.delivery.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.shelfwise.alerts.delivery.PayloadFormat;
import dev.shelfwise.contracts.EventJson;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Two webhook receivers on a free loopback port, for the services' tests (shipped in alert-delivery's test jar):
 * {@value #ALERTMANAGER} (format alertmanager) and {@value #JSON} (format json, with the bearer token
 * {@value #TOKEN}). Each answers {@value #REFUSED} to the first delivery of each transition, so every delivery goes
 * through a retry, and {@value #OK} to the next; {@value #JSON} answers {@value #UNAUTHORIZED} without the token.
 * {@code GET} on a receiver's URL lists the bodies it accepted as a JSON array, so a test reads them over HTTP
 * whatever class loader started the receivers ({@link #accepted}).
 */
public final class TestReceivers implements AutoCloseable {
    public static final String ALERTMANAGER = "ops";
    public static final String JSON = "hooks";
    public static final String TOKEN = "test-token";
    public static final int REFUSED = 503;
    public static final int UNAUTHORIZED = 401;
    public static final int OK = 200;
    /** Short retries keep tests quick; production waits a second before the first retry. */
    public static final String TEST_BACKOFF = "50ms";

    /** Each receiver's format, and where its body names the alert and the transition. */
    private static final Map<String, PayloadFormat> FORMATS = Map.of(ALERTMANAGER, PayloadFormat.ALERTMANAGER,
            JSON, PayloadFormat.JSON);
    private static final Map<PayloadFormat, List<String>> ALERT_FIELDS = Map.of(
            PayloadFormat.ALERTMANAGER, List.of("groupKey", "status"), PayloadFormat.JSON, List.of("id", "state"));
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final HttpServer server;
    private final Map<String, List<String>> accepted = new ConcurrentHashMap<>();
    private final Set<String> refusedOnce = ConcurrentHashMap.newKeySet();

    private TestReceivers(HttpServer server) {
        this.server = server;
    }

    public static TestReceivers start() {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the webhook receivers", e);
        }
        TestReceivers receivers = new TestReceivers(server);
        FORMATS.keySet().forEach(name -> server.createContext("/" + name, exchange -> receivers.handle(name, exchange)));
        server.start();
        return receivers;
    }

    public String url(String receiver) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + receiver;
    }

    /**
     * The settings that make a service deliver to both receivers with short retries.
     *
     * @param prefix the service's alert settings, e.g. {@code shelfwise.concentration.}
     */
    public Map<String, String> settings(String prefix) {
        Map<String, String> settings = new LinkedHashMap<>();
        FORMATS.forEach((name, format) -> {
            settings.put(prefix + "receivers." + name + ".url", url(name));
            settings.put(prefix + "receivers." + name + ".format", format.code());
        });
        settings.put(prefix + "receivers." + JSON + ".bearer-token", TOKEN);
        settings.put(prefix + "webhook.backoff", TEST_BACKOFF);
        return settings;
    }

    /** The bodies the receiver at {@code url} accepted for one transition of one alert. */
    public static List<JsonNode> accepted(String receiver, String url, String alertId, String state) {
        List<String> fields = ALERT_FIELDS.get(FORMATS.get(receiver));
        try {
            String list = CLIENT.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            List<JsonNode> matching = new ArrayList<>();
            EventJson.mapper().readTree(list).forEach(body -> {
                if (alertId.equals(body.path(fields.get(0)).asText()) && state.equals(body.path(fields.get(1)).asText())) {
                    matching.add(body);
                }
            });
            return matching;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void handle(String receiver, HttpExchange exchange) throws IOException {
        try (exchange) {
            List<String> bodies = accepted.computeIfAbsent(receiver, name -> new ArrayList<>());
            if ("GET".equals(exchange.getRequestMethod())) {
                synchronized (bodies) {
                    answer(exchange, OK, "[" + String.join(",", bodies) + "]");
                }
                return;
            }
            if (receiver.equals(JSON) && !("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                answer(exchange, UNAUTHORIZED, "");
                return;
            }
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            JsonNode payload = EventJson.mapper().readTree(body);
            List<String> fields = ALERT_FIELDS.get(FORMATS.get(receiver));
            if (refusedOnce.add(receiver + "#" + payload.path(fields.get(0)).asText() + "#"
                    + payload.path(fields.get(1)).asText())) {
                answer(exchange, REFUSED, "");
                return;
            }
            synchronized (bodies) {
                bodies.add(body);
            }
            answer(exchange, OK, "");
        }
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
