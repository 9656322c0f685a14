package dev.shelfwise.stack.imports;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PatientCallsTest {
    private HttpServer server;
    private final AtomicInteger calls = new AtomicInteger();
    private volatile int unavailableAnswers;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/orders", exchange -> {
            boolean unavailable = calls.incrementAndGet() <= unavailableAnswers;
            byte[] body = (unavailable ? "{\"error\":\"kafka\"}" : "{\"accepted\":1,\"rejected\":[]}")
                    .getBytes(StandardCharsets.UTF_8);
            if (unavailable) {
                exchange.getResponseHeaders().add("Retry-After", "0"); // the service's pause, honoured instead of back-off
            }
            exchange.sendResponseHeaders(unavailable ? 503 : 202, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private HttpResponse<String> post() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1/orders"))
                .POST(HttpRequest.BodyPublishers.ofString("[]")).build();
        return PatientCalls.send(HttpClient.newHttpClient(), request, "order-ingest");
    }

    @Test
    void aRequestRefusedWith503IsSentAgainWholeUntilItIsAccepted() throws Exception {
        unavailableAnswers = 2;
        HttpResponse<String> answer = post();
        assertEquals(202, answer.statusCode());
        assertEquals(3, calls.get());
    }

    @Test
    void afterTheLastAttemptThe503IsHandedToTheCaller() throws Exception {
        unavailableAnswers = Integer.MAX_VALUE;
        assertEquals(503, post().statusCode());
        assertEquals(PatientCalls.MAX_ATTEMPTS, calls.get());
    }
}
