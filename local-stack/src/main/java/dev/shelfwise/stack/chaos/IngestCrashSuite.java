package dev.shelfwise.stack.chaos;

import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;

/**
 * kill -9 of order-ingest in the middle of batches, restarted after a random moment. Clients re-post every batch
 * that was not acknowledged: each acknowledged order must be on orders.v1, and the copies a re-post writes must not
 * count twice downstream. Recovery: from the kill to the next acknowledged batch.
 */
final class IngestCrashSuite extends LoadedSuite {
    private static final long DOWN_MIN_MS = 200;
    private static final long DOWN_MAX_MS = 1500;
    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(120);
    private static final long POLL_MS = 100;

    IngestCrashSuite() {
        super("ingest crash", "ic", ChaosPlan::ingestCrash);
    }

    @Override
    void inject(ChaosContext context, OrderFeed.Run feed, Findings findings) {
        for (int kill = 0; kill < context.plan().ingestKills(); kill++) {
            context.waitBeforeFault();
            context.control().killService(ChaosContext.INGEST);
            long killedAt = System.nanoTime(); // the process is gone: whatever is acknowledged after this, the restart did
            context.say("killed order-ingest (kill -9) with batches in flight");
            Pause.millis(context.between(DOWN_MIN_MS, DOWN_MAX_MS));
            context.control().startServices(List.of(ChaosContext.INGEST));
            Double recovery = secondsUntilAcknowledged(feed, killedAt);
            context.say("order-ingest acknowledges again " + recovery + " s after the kill");
            findings.faults.add(new Fault("kill -9 order-ingest", recovery, "kill to the next 202"));
            if (recovery == null) {
                findings.problems.add("no batch acknowledged within " + ACK_TIMEOUT.toSeconds() + " s of a kill");
            }
        }
        findings.notes.add("attempts by outcome: " + feed.outcomes()
                + " (REFUSED: ingest down; CUT: connection broken mid-request, the batch may be partly written)");
    }

    /** Seconds from {@code since} (nanoTime) until a batch sent after it was acknowledged; null when none was in time. */
    static Double secondsUntilAcknowledged(OrderFeed.Run feed, long since) {
        long deadline = System.nanoTime() + ACK_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            OptionalLong acknowledged = feed.firstAcknowledgedAfter(since);
            if (acknowledged.isPresent()) {
                return ChaosContext.seconds(acknowledged.getAsLong() - since);
            }
            Pause.millis(POLL_MS);
        }
        return null;
    }
}
