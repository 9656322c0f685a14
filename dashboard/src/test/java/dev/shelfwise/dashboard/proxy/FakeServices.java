package dev.shelfwise.dashboard.proxy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in metrics-service on a free port, and an order-ingest that is down (a port nobody listens on).
 *
 * <ul>
 *   <li>{@code /v1/concentration}: 200 with the freshness headers and, as its body, the method, raw path and raw query
 *       it received;</li>
 *   <li>{@code /v1/trends}: 400 with a service error;</li>
 *   <li>{@code /v1/indices/new-customer}: answers only after {@link #SLOW}, beyond the proxy's timeout;</li>
 *   <li>{@code /seen}: every request received so far (not through the proxy: tests read it directly).</li>
 * </ul>
 */
public class FakeServices implements QuarkusTestResourceLifecycleManager {
    static final String COMPLETE_THROUGH = "2026-11-27T10:15:30Z";
    static final String TIMEOUT = "500ms";
    static final long SLOW = 3_000;
    static final String SEEN_PORT = "fake.metrics.port";
    static final String READ_TOKEN = "fake-read-token";

    private final List<String> seen = new CopyOnWriteArrayList<>();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the fake services", e);
        }
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
        int port = server.getAddress().getPort();
        return Map.of("shelfwise.dashboard.metrics-url", "http://127.0.0.1:" + port,
                "shelfwise.dashboard.ingest-url", "http://127.0.0.1:" + closedPort,
                "shelfwise.dashboard.timeout", TIMEOUT,
                "shelfwise.dashboard.refresh-every", "2s",
                "shelfwise.dashboard.read-token", READ_TOKEN,
                SEEN_PORT, Integer.toString(port));
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            if (path.equals("/seen")) {
                answer(exchange, 200, String.join("\n", seen));
                return;
            }
            String request = exchange.getRequestMethod() + " " + path
                    + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
            seen.add(request);
            switch (path) {
                case "/v1/concentration" -> {
                    exchange.getResponseHeaders().add("Shelfwise-Complete-Through", COMPLETE_THROUGH);
                    exchange.getResponseHeaders().add("Shelfwise-Timezone", "Europe/Berlin");
                    exchange.getResponseHeaders().add("X-Internal", "not for the browser");
                    answer(exchange, 200, "{\"received\":\"" + request + "\",\"authorization\":\""
                            + exchange.getRequestHeaders().getFirst("Authorization") + "\"}");
                }
                case "/v1/trends" -> answer(exchange, 400,
                        "{\"status\":400,\"error\":\"Bad Request\",\"message\":\"category is required\",\"field\":\"category\"}");
                case "/v1/indices/new-customer" -> {
                    try {
                        Thread.sleep(SLOW);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    answer(exchange, 200, "{}");
                }
                default -> answer(exchange, 404, "{\"status\":404}");
            }
        }
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
