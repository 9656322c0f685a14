package dev.shelfwise.alerts.delivery;

import dev.shelfwise.contracts.AlertEvent;
import dev.shelfwise.contracts.EventJson;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Delivers stored transitions to every receiver, each in its receiver's format, on a small executor of its own: the
 * caller only hands the work over. Each receiver gets the attempts of the {@link BackoffSchedule} (a 2xx answer ends
 * them); every attempt goes to the {@link DeliveryLog}. A transition is finished when every receiver accepted it or
 * ran out of attempts; one interrupted by a restart stays pending in the log and is delivered again (at least once).
 */
public final class WebhookDelivery implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(WebhookDelivery.class.getName());
    private static final String CONTENT_TYPE = "Content-Type";
    private static final String JSON = "application/json";
    private static final String AUTHORIZATION = "Authorization";
    private static final String BEARER = "Bearer ";
    /** A claim outlasts the longest delivery twice over: a late attempt is never run twice side by side. */
    private static final int CLAIM_MARGIN = 2;

    private final List<Receiver> receivers;
    private final BackoffSchedule schedule;
    private final Duration timeout;
    private final DeliveryLog log;
    private final HttpClient client;
    private final ScheduledExecutorService executor;
    private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();

    /**
     * @param timeout connect and answer timeout of one attempt
     * @param threads threads that post, so a slow receiver never holds up the caller
     */
    public WebhookDelivery(List<Receiver> receivers, BackoffSchedule schedule, Duration timeout, int threads,
                           DeliveryLog log) {
        this.receivers = List.copyOf(receivers);
        this.schedule = schedule;
        this.timeout = timeout;
        this.log = log;
        this.executor = Executors.newScheduledThreadPool(threads, daemonThreads());
        // the client keeps its own threads: sharing the delivery threads that block in send() could starve it
        this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
        if (!this.receivers.isEmpty()) {
            LOG.log(System.Logger.Level.INFO, "alert webhook receivers: {0}", this.receivers);
        }
    }

    /**
     * How long a service should claim the pending transitions it hands over, so that no other instance (nor a later
     * round) delivers them meanwhile, and one cut short by a crash is taken up again once the claim lapses.
     */
    public Duration claimPeriod() {
        return schedule.longestDelivery(timeout).multipliedBy(CLAIM_MARGIN);
    }

    public List<Receiver> receivers() {
        return receivers;
    }

    public boolean hasReceivers() {
        return !receivers.isEmpty();
    }

    /** Starts delivering each transition that is not under way already; returns at once. */
    public void deliver(Collection<Transition> pending) {
        for (Transition transition : pending) {
            if (inFlight.add(transition.seq())) {
                start(transition);
            }
        }
    }

    /** Whether any delivery is under way. */
    public boolean busy() {
        return !inFlight.isEmpty();
    }

    private void start(Transition transition) {
        AlertEvent event;
        try {
            event = EventJson.mapper().readValue(transition.event(), AlertEvent.class);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.ERROR, "alert event {0} cannot be read ({1}); not delivered",
                    transition.seq(), e.getMessage());
            finish(transition);
            return;
        }
        CompletableFuture.allOf(receivers.stream()
                        .map(receiver -> attempt(transition, receiver, receiver.format().body(event, receiver.name()), 1,
                                new CompletableFuture<Void>()))
                        .toArray(CompletableFuture[]::new))
                .thenRun(() -> finish(transition));
    }

    /** Runs attempt {@code number} on the executor; completes {@code done} when the receiver accepted or gave out. */
    private CompletableFuture<Void> attempt(Transition transition, Receiver receiver, byte[] body, int number,
                                            CompletableFuture<Void> done) {
        try {
            executor.execute(() -> {
                DeliveryAttempt outcome = post(transition, receiver, body, number);
                try {
                    log.attempted(transition, outcome);
                } catch (Exception e) {
                    LOG.log(System.Logger.Level.WARNING, "attempt {0} of alert {1} to {2} not recorded: {3}", number,
                            transition.alertId(), receiver.name(), e.getMessage());
                }
                if (outcome.delivered()) {
                    done.complete(null);
                } else if (!schedule.retriesAfter(number)) {
                    LOG.log(System.Logger.Level.WARNING, "alert {0} ({1}) not delivered to {2} after {3} attempts",
                            transition.alertId(), transition.state(), receiver.name(), number);
                    done.complete(null);
                } else {
                    executor.schedule(() -> attempt(transition, receiver, body, number + 1, done),
                            schedule.pauseAfter(number).toMillis(), TimeUnit.MILLISECONDS);
                }
            });
        } catch (RejectedExecutionException stopping) {
            // shutting down: the transition stays pending and is delivered again after the restart
        }
        return done;
    }

    private DeliveryAttempt post(Transition transition, Receiver receiver, byte[] body, int number) {
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        HttpRequest.Builder request = HttpRequest.newBuilder(receiver.url()).timeout(timeout)
                .header(CONTENT_TYPE, JSON).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        receiver.bearerToken().ifPresent(token -> request.header(AUTHORIZATION, BEARER + token));
        try {
            int status = client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            return DeliveryAttempt.answered(transition.state(), receiver.name(), number, at, status);
        } catch (IOException e) {
            return DeliveryAttempt.failed(transition.state(), receiver.name(), number, at,
                    e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return DeliveryAttempt.failed(transition.state(), receiver.name(), number, at, "interrupted");
        }
    }

    private void finish(Transition transition) {
        try {
            log.finished(transition);
        } catch (Exception e) {
            // left pending: the next round delivers it again
            LOG.log(System.Logger.Level.WARNING, "delivery of alert {0} not marked done: {1}", transition.alertId(),
                    e.getMessage());
        } finally {
            inFlight.remove(transition.seq());
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "alert-webhooks-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
