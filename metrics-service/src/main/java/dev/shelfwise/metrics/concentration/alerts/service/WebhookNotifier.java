package dev.shelfwise.metrics.concentration.alerts.service;

import dev.shelfwise.contracts.AlertEvent;
import dev.shelfwise.contracts.EventJson;
import dev.shelfwise.metrics.MetricsConfig;
import dev.shelfwise.metrics.concentration.alerts.AlertSettings;
import dev.shelfwise.metrics.concentration.alerts.AlertmanagerPayload;
import dev.shelfwise.metrics.concentration.alerts.DeliveryAttempt;
import dev.shelfwise.metrics.concentration.alerts.repository.AlertRepository;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Delivers each stored transition to every configured webhook as Alertmanager JSON, on a small executor of its own:
 * an evaluation only hands the work over. Each URL gets a few attempts with doubling back-off (a 2xx answer ends
 * them); every attempt is stored and listed in the alert's {@code deliveries}. A transition is done when every URL
 * accepted it or ran out of attempts; one interrupted by a restart is delivered again (at least once).
 */
@ApplicationScoped
public class WebhookNotifier {
    private static final Logger LOG = Logger.getLogger(WebhookNotifier.class);
    private static final String JSON = "application/json";

    private final AlertRepository alerts;
    private final List<URI> urls;
    private final String receiverName;
    private final Duration timeout;
    private final int attempts;
    private final Duration backoff;
    private final HttpClient client;
    private final ScheduledExecutorService executor;
    private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();

    public WebhookNotifier(AlertRepository alerts, MetricsConfig config, AlertSettings settings) {
        this.alerts = alerts;
        this.urls = config.concentration().webhooks().orElse(List.of()).stream().map(URI::create).toList();
        AlertSettings.Webhook webhook = settings.webhook();
        this.receiverName = webhook.receiver();
        this.timeout = webhook.timeout();
        this.attempts = webhook.attempts();
        this.backoff = webhook.backoff();
        this.executor = Executors.newScheduledThreadPool(webhook.threads(), daemonThreads());
        // the client keeps its own threads: sharing the delivery threads that block in send() could starve it
        this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /** Starts delivering every transition not delivered yet; returns at once. */
    public void deliverPending() throws SQLException {
        if (urls.isEmpty()) {
            return;
        }
        for (AlertRepository.Transition transition : alerts.undelivered()) {
            if (inFlight.add(transition.seq())) {
                start(transition);
            }
        }
    }

    private void start(AlertRepository.Transition transition) {
        byte[] body;
        try {
            AlertEvent event = EventJson.mapper().readValue(transition.event(), AlertEvent.class);
            body = EventJson.mapper().writeValueAsBytes(AlertmanagerPayload.of(event, receiverName));
        } catch (IOException e) {
            LOG.errorf("alert event %d cannot be read (%s); not delivered", transition.seq(), e.getMessage());
            finish(transition);
            return;
        }
        CompletableFuture.allOf(urls.stream()
                        .map(url -> attempt(transition, url, body, 1, new CompletableFuture<Void>()))
                        .toArray(CompletableFuture[]::new))
                .whenComplete((done, failure) -> finish(transition));
    }

    /** Runs attempt {@code number} on the executor; completes {@code done} when the URL accepted or gave out. */
    private CompletableFuture<Void> attempt(AlertRepository.Transition transition, URI url, byte[] body, int number,
                                            CompletableFuture<Void> done) {
        executor.execute(() -> {
            DeliveryAttempt outcome = post(transition, url, body, number);
            try {
                alerts.recordAttempt(transition.alertId(), outcome);
            } catch (SQLException e) {
                LOG.warnf("attempt %d of alert %s to %s not recorded: %s", number, transition.alertId(),
                        outcome.receiver(), e.getMessage());
            }
            if (outcome.delivered() || number >= attempts) {
                done.complete(null);
                return;
            }
            long pause = backoff.toMillis() << (number - 1);
            executor.schedule(() -> attempt(transition, url, body, number + 1, done), pause, TimeUnit.MILLISECONDS);
        });
        return done;
    }

    private DeliveryAttempt post(AlertRepository.Transition transition, URI url, byte[] body, int number) {
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout).header("Content-Type", JSON)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return new DeliveryAttempt(transition.state(), receiver(url), number, at, status, null,
                    AlertRepository.isSuccess(status));
        } catch (IOException e) {
            return new DeliveryAttempt(transition.state(), receiver(url), number, at, null,
                    e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new DeliveryAttempt(transition.state(), receiver(url), number, at, null, "interrupted", false);
        }
    }

    private void finish(AlertRepository.Transition transition) {
        try {
            alerts.markDelivered(transition.seq());
        } catch (SQLException e) {
            // left pending: the next round delivers it again
            LOG.warnf("delivery of alert %s not marked done: %s", transition.alertId(), e.getMessage());
        } finally {
            inFlight.remove(transition.seq());
        }
    }

    /** Host and port only: the path and query of a webhook URL often carry a secret. */
    static String receiver(URI url) {
        return url.getPort() == -1 ? url.getHost() : url.getHost() + ":" + url.getPort();
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "alert-webhooks-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
