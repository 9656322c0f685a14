package dev.shelfwise.stack.imports;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * How the import tools call a service: a request that cannot reach it (connection refused or cut) and a 503 (Kafka
 * did not acknowledge in time, so nothing of the request counts) are sent again whole, up to {@link #MAX_ATTEMPTS}
 * attempts, pausing the service's {@code Retry-After} or else a back-off that doubles from one second to thirty.
 */
public final class PatientCalls {
    public static final int MAX_ATTEMPTS = 8;
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    private static final Duration LONGEST_BACKOFF = Duration.ofSeconds(30);

    private PatientCalls() {
    }

    /**
     * The first answer that is not a 503, or the last 503 once the attempts are used up (the caller decides what a
     * status means).
     *
     * @param service the service in words, for the error ("order-ingest at http://…")
     * @throws IOException when the last attempt could not reach the service
     */
    public static HttpResponse<String> send(HttpClient http, HttpRequest request, String service)
            throws IOException, InterruptedException {
        Duration backoff = FIRST_BACKOFF;
        for (int attempt = 1; ; attempt++) {
            Duration pause;
            try {
                HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() != 503 || attempt == MAX_ATTEMPTS) {
                    return answer;
                }
                pause = answer.headers().firstValueAsLong("Retry-After").stream()
                        .mapToObj(Duration::ofSeconds).findFirst().orElse(backoff);
            } catch (IOException e) {
                if (attempt == MAX_ATTEMPTS) {
                    throw new IOException(service + " could not be reached: " + e.getMessage(), e);
                }
                pause = backoff;
            }
            Thread.sleep(pause.toMillis());
            backoff = backoff.multipliedBy(2).compareTo(LONGEST_BACKOFF) > 0 ? LONGEST_BACKOFF : backoff.multipliedBy(2);
        }
    }
}
