package dev.shelfwise.metrics.concentration.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An Alertmanager-style webhook receiver on a free port, configured as metrics-service's only webhook. It answers
 * 503 to the first delivery of each transition (so every delivery exercises the retry) and 200 to the next;
 * {@code GET} on the same URL lists the bodies it accepted, as a JSON array, so tests read it over HTTP whatever
 * class loader they run in.
 */
public class WebhookReceiver implements QuarkusTestResourceLifecycleManager {
    static final String PATH = "/alerts";
    static final int REFUSED = 503;
    private static final int OK = 200;
    /** Short retries keep the tests quick; production waits a second before the first retry. */
    private static final String TEST_BACKOFF = "50ms";

    private final ObjectMapper mapper = new ObjectMapper();
    private final List<String> accepted = new ArrayList<>();
    private final Set<String> refusedOnce = ConcurrentHashMap.newKeySet();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the webhook receiver", e);
        }
        server.createContext(PATH, this::handle);
        server.start();
        return Map.of("shelfwise.concentration.webhooks",
                "http://127.0.0.1:" + server.getAddress().getPort() + PATH,
                "shelfwise.concentration.webhook.backoff", TEST_BACKOFF);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if ("GET".equals(exchange.getRequestMethod())) {
                String list;
                synchronized (accepted) {
                    list = "[" + String.join(",", accepted) + "]";
                }
                answer(exchange, OK, list);
                return;
            }
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            JsonNode payload = mapper.readTree(body);
            String transition = payload.path("groupKey").asText() + "#" + payload.path("status").asText();
            if (refusedOnce.add(transition)) {
                answer(exchange, REFUSED, "");
                return;
            }
            synchronized (accepted) {
                accepted.add(body);
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
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
