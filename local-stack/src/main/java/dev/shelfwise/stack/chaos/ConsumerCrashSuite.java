package dev.shelfwise.stack.chaos;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * kill -9 of each consumer while orders stream in: metrics-service, then matrix-service, then clearance-service, each
 * at a random moment. The short plan restarts the three together after the last kill; the full plan restarts each
 * before killing the next, several rounds. Nothing a killed consumer had not committed may be lost, and nothing it
 * had applied may count twice after the restart. Recovery: from the kill until its group commits progress again
 * (the restart, plus the broker noticing the dead consumer and rebalancing its partitions).
 */
final class ConsumerCrashSuite extends LoadedSuite {
    static final List<String> CONSUMERS = List.of(ChaosContext.METRICS, ChaosContext.MATRIX, ChaosContext.CLEARANCE);
    private static final List<String> ORDERS = List.of("orders.v1");
    private static final long DOWN_MIN_MS = 300;
    private static final long DOWN_MAX_MS = 1500;
    private static final Duration RESUME_TIMEOUT = Duration.ofSeconds(180);

    /** A killed consumer: its committed offsets at the kill, and when it died. */
    private record Kill(String service, long committedBefore, long killedAt) {
    }

    ConsumerCrashSuite() {
        super("consumer crash", "cc", ChaosPlan::consumerCrash);
    }

    @Override
    void inject(ChaosContext context, OrderFeed.Run feed, Findings findings) {
        ChaosPlan plan = context.plan();
        ExecutorService watchers = Executors.newCachedThreadPool();
        List<CompletableFuture<Fault>> faults = new ArrayList<>();
        try {
            for (int round = 0; round < plan.killsPerService(); round++) {
                List<Kill> down = new ArrayList<>();
                for (String service : CONSUMERS) {
                    context.waitBeforeFault();
                    down.add(kill(context, service));
                    if (!plan.restartTogether()) {
                        faults.addAll(restart(context, List.copyOf(down), watchers));
                        down.clear();
                    }
                }
                if (!down.isEmpty()) {
                    faults.addAll(restart(context, down, watchers));
                }
            }
            for (CompletableFuture<Fault> watched : faults) {
                Fault fault = watched.join();
                findings.faults.add(fault);
                findings.notes.add(fault.what() + ": " + fault.detail());
                if (fault.recoverySeconds() == null) {
                    findings.problems.add(fault.what() + ": not consuming again within " + RESUME_TIMEOUT.toSeconds() + " s");
                }
            }
        } finally {
            watchers.shutdownNow();
        }
    }

    private static Kill kill(ChaosContext context, String service) {
        long before = context.groups().committed(service, ORDERS);
        context.control().killService(service);
        Kill kill = new Kill(service, before, System.nanoTime());
        context.say("killed " + service + " (kill -9)");
        return kill;
    }

    /** Restarts the killed services together; a watcher per service measures when it consumes again. */
    private static List<CompletableFuture<Fault>> restart(ChaosContext context, List<Kill> kills, ExecutorService watchers) {
        Pause.millis(context.between(DOWN_MIN_MS, DOWN_MAX_MS));
        context.control().startServices(kills.stream().map(Kill::service).toList());
        List<CompletableFuture<Fault>> faults = new ArrayList<>();
        for (Kill kill : kills) {
            double ready = ChaosContext.seconds(System.nanoTime() - kill.killedAt());
            context.say(kill.service() + " restarted, ready " + ready + " s after its kill");
            faults.add(CompletableFuture.supplyAsync(() -> {
                Duration resumed = context.groups().awaitProgress(kill.service(), ORDERS, kill.committedBefore(),
                        kill.killedAt(), RESUME_TIMEOUT);
                return new Fault("kill -9 " + kill.service(), resumed == null ? null : ChaosContext.seconds(resumed),
                        "ready again after " + ready + " s; consuming again after "
                                + (resumed == null ? "more than " + RESUME_TIMEOUT.toSeconds() : ChaosContext.seconds(resumed)) + " s");
            }, watchers));
        }
        return faults;
    }
}
