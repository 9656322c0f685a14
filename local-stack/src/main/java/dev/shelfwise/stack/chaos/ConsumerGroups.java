package dev.shelfwise.stack.chaos;

import dev.shelfwise.stack.bench.BenchSupport;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The services' consumer groups as the broker sees them: committed offsets against the topics' ends. A group's
 * committed offset moves only after its service stored what it consumed, so lag 0 means "everything is in".
 */
final class ConsumerGroups implements AutoCloseable {
    /** Which topics the figures of each service depend on (its group is named after it). */
    static final Map<String, List<String>> FIGURE_TOPICS = Map.of(
            "metrics-service", List.of("orders.v1"),
            "matrix-service", List.of("orders.v1"),
            "clearance-service", List.of("orders.v1", "inventory.v1"));
    private static final long POLL_MS = 500;

    private final Admin admin;

    ConsumerGroups(String bootstrap) {
        this.admin = BenchSupport.admin(bootstrap);
    }

    /** Records on the topics that the group has not committed yet. */
    long lag(String group, List<String> topics) {
        try {
            Map<TopicPartition, Long> end = BenchSupport.endOffsets(admin, topics);
            return BenchSupport.lag(BenchSupport.committed(admin, group), end, null);
        } catch (Exception e) {
            return Long.MAX_VALUE; // the broker cannot tell right now: not caught up
        }
    }

    /** The sum of the group's committed offsets on the topics, -1 when the broker cannot tell. */
    long committed(String group, List<String> topics) {
        try {
            return BenchSupport.committed(admin, group).entrySet().stream()
                    .filter(entry -> topics.contains(entry.getKey().topic()))
                    .mapToLong(Map.Entry::getValue).sum();
        } catch (Exception e) {
            return -1;
        }
    }

    /** Waits until every group has no lag on its topics; the time it took, or null when the timeout passed first. */
    Duration awaitCaughtUp(Map<String, List<String>> groups, Duration timeout) {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (groups.entrySet().stream().allMatch(group -> lag(group.getKey(), group.getValue()) == 0)) {
                return Duration.ofNanos(System.nanoTime() - start);
            }
            Pause.millis(POLL_MS);
        }
        return null;
    }

    /**
     * Waits until the group consumes again after a crash: its committed offsets move beyond {@code before}, or it
     * has nothing left to consume. The time from {@code since} (nanoTime), or null when the timeout passed first.
     */
    Duration awaitProgress(String group, List<String> topics, long before, long since, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (committed(group, topics) > before || lag(group, topics) == 0) {
                return Duration.ofNanos(System.nanoTime() - since);
            }
            Pause.millis(POLL_MS);
        }
        return null;
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
