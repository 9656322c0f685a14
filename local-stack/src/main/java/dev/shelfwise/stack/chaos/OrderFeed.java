package dev.shelfwise.stack.chaos;

import dev.shelfwise.stack.bench.BenchSupport;
import dev.shelfwise.stack.bench.OrderGenerator;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * A platform pushing live orders: the bench's generated shop, posted to order-ingest in batches at a steady pace by
 * a few concurrent clients. A batch that is not acknowledged (503, connection refused or cut, timeout) is posted
 * again, whole and unchanged, until it is: the client side of "retry the whole batch".
 */
final class OrderFeed {
    private static final long FIRST_RETRY_MS = 200;
    private static final long LONGEST_RETRY_MS = 2000;
    /** Sleeps are cut in slices, so stopping a run does not wait for a long pause. */
    private static final long SLEEP_SLICE_MS = 250;

    private final String ordersUrl;
    private final ChaosPlan plan;
    private final LocalDate firstDay;
    private final long seed;
    private final String runId;

    OrderFeed(String ingestUrl, ChaosPlan plan, LocalDate firstDay, long seed, String runId) {
        this.ordersUrl = ingestUrl + "/v1/orders";
        this.plan = plan;
        this.firstDay = firstDay;
        this.seed = seed;
        this.runId = runId;
    }

    /** Starts posting {@code load.orders()} orders at {@code load.perSecond()}; retries stop at the deadline. */
    Run start(String tag, ChaosPlan.Load load, Duration deadline) {
        // a seed per suite, the same customers for all: customers come back across suites, as in a shop
        OrderGenerator generator = new OrderGenerator(seed + tag.hashCode(), plan.skus(), plan.customers(), firstDay,
                plan.days(), load.orders(), runId + "-" + tag + "-");
        List<List<ChaosOrder>> batches = new ArrayList<>();
        List<byte[]> bodies = new ArrayList<>();
        for (int first = 0; first < load.orders(); first += plan.batchSize()) {
            List<ChaosOrder> batch = new ArrayList<>();
            List<String> items = new ArrayList<>();
            for (int n = first; n < Math.min(load.orders(), first + plan.batchSize()); n++) {
                String json = generator.order(n, null, null).json();
                items.add(json);
                batch.add(ChaosOrder.parse(json));
            }
            batches.add(batch);
            bodies.add(BenchSupport.jsonArray(items));
        }
        Run run = new Run(ordersUrl, batches, bodies, load.perSecond(), deadline);
        run.begin(plan.clients());
        return run;
    }

    /** What happened to one attempt at posting a batch. */
    enum Outcome {
        /** 202 with nothing rejected: Kafka holds every order of the batch. */
        ACKNOWLEDGED,
        /** 503: not durable, retry. */
        UNAVAILABLE,
        /** Connection refused: nothing reached order-ingest. */
        REFUSED,
        /** The connection broke or timed out: some orders may have been written. */
        CUT,
        /** Any other answer (a validation problem would be a bug of the generator). */
        OTHER
    }

    record Attempt(int batch, long sentAt, long answeredAt, Outcome outcome, int status) {
    }

    /** One order as sent: whether it was acknowledged, and how many attempts may have written it. */
    record Sent(ChaosOrder order, boolean acknowledged, int possibleWrites) {
    }

    /** One feed running in the background. */
    static final class Run {
        private final String ordersUrl;
        private final List<List<ChaosOrder>> batches;
        private final List<byte[]> bodies;
        private final long intervalNanos;
        private final long deadline;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicBoolean stop = new AtomicBoolean();
        private final AtomicIntegerArray acknowledged;
        private final AtomicIntegerArray possibleWrites;
        private final ConcurrentLinkedQueue<Attempt> attempts = new ConcurrentLinkedQueue<>();
        private final List<Thread> clients = new ArrayList<>();
        private long started;

        private Run(String ordersUrl, List<List<ChaosOrder>> batches, List<byte[]> bodies, int perSecond,
                    Duration deadline) {
            this.ordersUrl = ordersUrl;
            this.batches = batches;
            this.bodies = bodies;
            int batchSize = batches.isEmpty() ? 1 : batches.get(0).size();
            this.intervalNanos = TimeUnit.SECONDS.toNanos(1) * batchSize / Math.max(1, perSecond);
            this.deadline = System.nanoTime() + deadline.toNanos();
            this.acknowledged = new AtomicIntegerArray(batches.size());
            this.possibleWrites = new AtomicIntegerArray(batches.size());
        }

        private void begin(int clientCount) {
            started = System.nanoTime();
            for (int c = 0; c < clientCount; c++) {
                Thread client = new Thread(this::client, "chaos-client-" + c);
                client.setDaemon(true);
                client.start();
                clients.add(client);
            }
        }

        private void client() {
            HttpClient http = BenchSupport.http();
            while (!stop.get()) {
                int batch = next.getAndIncrement();
                if (batch >= batches.size()) {
                    return;
                }
                sleepUntil(started + batch * intervalNanos);
                post(http, batch);
            }
        }

        private void post(HttpClient http, int batch) {
            long pause = FIRST_RETRY_MS;
            byte[] body = bodies.get(batch);
            while (!stop.get() && System.nanoTime() < deadline) {
                long sent = System.nanoTime();
                Outcome outcome;
                int status = 0;
                try {
                    HttpResponse<String> answer = http.send(BenchSupport.postJson(ordersUrl, body),
                            HttpResponse.BodyHandlers.ofString());
                    status = answer.statusCode();
                    outcome = status == 202 && answer.body().contains("\"rejected\":[]") ? Outcome.ACKNOWLEDGED
                            : status == 503 ? Outcome.UNAVAILABLE : Outcome.OTHER;
                } catch (ConnectException e) {
                    outcome = Outcome.REFUSED;
                } catch (IOException e) {
                    outcome = Outcome.CUT;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                attempts.add(new Attempt(batch, sent, System.nanoTime(), outcome, status));
                if (outcome != Outcome.REFUSED) {
                    possibleWrites.incrementAndGet(batch);
                }
                if (outcome == Outcome.ACKNOWLEDGED) {
                    acknowledged.set(batch, 1);
                    return;
                }
                sleepUntil(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(pause));
                pause = Math.min(pause * 2, LONGEST_RETRY_MS);
            }
        }

        private void sleepUntil(long nanoTime) {
            long wait = nanoTime - System.nanoTime();
            while (wait > 0 && !stop.get()) {
                Pause.millis(Math.min(TimeUnit.NANOSECONDS.toMillis(wait) + 1, SLEEP_SLICE_MS));
                wait = nanoTime - System.nanoTime();
            }
        }

        /** Waits until every batch is acknowledged or the deadline passed; true when all were. */
        boolean await() {
            for (Thread client : clients) {
                try {
                    client.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()) + 1000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
            }
            stop.set(true);
            return unacknowledgedBatches() == 0;
        }

        int unacknowledgedBatches() {
            int missing = 0;
            for (int b = 0; b < batches.size(); b++) {
                missing += acknowledged.get(b) == 0 ? 1 : 0;
            }
            return missing;
        }

        /** The first {@code limit} distinct SKUs of the run's orders, in the order they are sent. */
        List<String> skus(int limit) {
            Set<String> skus = new LinkedHashSet<>();
            for (List<ChaosOrder> batch : batches) {
                for (ChaosOrder order : batch) {
                    for (ChaosOrder.Line line : order.lines()) {
                        if (skus.size() == limit) {
                            return List.copyOf(skus);
                        }
                        skus.add(line.sku());
                    }
                }
            }
            return List.copyOf(skus);
        }

        List<Sent> sent() {
            List<Sent> sent = new ArrayList<>();
            for (int b = 0; b < batches.size(); b++) {
                for (ChaosOrder order : batches.get(b)) {
                    sent.add(new Sent(order, acknowledged.get(b) == 1, possibleWrites.get(b)));
                }
            }
            return sent;
        }

        List<Attempt> attempts() {
            return Collections.unmodifiableList(new ArrayList<>(attempts));
        }

        /** When the first attempt sent after {@code since} (nanoTime) was acknowledged. */
        OptionalLong firstAcknowledgedAfter(long since) {
            return attempts.stream().filter(a -> a.outcome() == Outcome.ACKNOWLEDGED && a.sentAt() > since)
                    .mapToLong(Attempt::answeredAt).min();
        }

        /** Attempts by outcome, of those sent after {@code from} and answered before {@code to}. */
        Map<Outcome, Long> outcomes(long from, long to) {
            Map<Outcome, Long> counts = new TreeMap<>();
            attempts.stream().filter(a -> a.sentAt() >= from && a.answeredAt() <= to)
                    .forEach(a -> counts.merge(a.outcome(), 1L, Long::sum));
            return counts;
        }

        /** Attempts by outcome over the whole run. */
        Map<Outcome, Long> outcomes() {
            return outcomes(Long.MIN_VALUE, Long.MAX_VALUE);
        }
    }
}
