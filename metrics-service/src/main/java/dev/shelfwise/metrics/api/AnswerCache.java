package dev.shelfwise.metrics.api;

import java.sql.SQLException;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Answers computed from the rollups, served again while the rollups are unchanged. Unchanged means the same
 * {@link Version}: the consumer counts every batch it applies in the same transaction as the batch, so an answer
 * served again is exactly what computing it now would give, whichever replica applied what. A question asked again
 * while its answer is being computed waits for that computation instead of starting another. At most
 * {@code maxEntries} answers are kept; the longest unused go first.
 */
public final class AnswerCache {

    /** Computes an answer from the rollups. */
    @FunctionalInterface
    public interface Computation<T> {
        T compute() throws SQLException;
    }

    /** The rollups' current version: any change to them changes it. */
    @FunctionalInterface
    public interface Version {
        long current() throws SQLException;
    }

    private record Entry(long version, CompletableFuture<Object> answer, AtomicLong lastUsed) {
    }

    private final Version version;
    private final int maxEntries;
    private final Map<Object, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong uses = new AtomicLong();

    public AnswerCache(Version version, int maxEntries) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be at least 1");
        }
        this.version = version;
        this.maxEntries = maxEntries;
    }

    /**
     * The answer to {@code question} (a value with equals and hashCode: the endpoint and its parameters), computed
     * now unless an answer of the current version is kept. A failed computation is not kept: its exception goes to
     * its caller and to those waiting for it.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(Object question, Computation<T> computation) throws SQLException {
        long current = version.current();
        Entry mine = new Entry(current, new CompletableFuture<>(), new AtomicLong());
        // an answer of a newer version than the one just read is at least as fresh
        Entry entry = entries.compute(question, (key, kept) -> kept != null && kept.version() >= current ? kept : mine);
        entry.lastUsed().set(uses.incrementAndGet());
        if (entry != mine) {
            return (T) await(entry.answer());
        }
        try {
            T answer = computation.compute();
            mine.answer().complete(answer);
            evictBeyondLimit();
            return answer;
        } catch (SQLException | RuntimeException e) {
            entries.remove(question, mine);
            mine.answer().completeExceptionally(e);
            throw e;
        }
    }

    /** Answers kept. */
    public int size() {
        return entries.size();
    }

    private static Object await(CompletableFuture<Object> answer) throws SQLException {
        try {
            return answer.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof SQLException failure) {
                throw new SQLException(failure.getMessage(), failure.getSQLState(), failure);
            }
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw e;
        }
    }

    private void evictBeyondLimit() {
        int excess = entries.size() - maxEntries;
        if (excess > 0) {
            entries.entrySet().stream()
                    .sorted(Comparator.comparingLong(kept -> kept.getValue().lastUsed().get()))
                    .limit(excess)
                    .toList()
                    .forEach(kept -> entries.remove(kept.getKey(), kept.getValue()));
        }
    }
}
