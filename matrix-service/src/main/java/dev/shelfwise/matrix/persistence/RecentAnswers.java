package dev.shelfwise.matrix.persistence;

import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Answers computed from the stored data, served again while both hold: nothing was written since by this instance
 * (its {@link DataVersion} is unchanged) and the answer is younger than {@code maxAge}, which bounds how long a write
 * by another instance (consumers share the partitions, instances share the database) can go unseen. One computation
 * per question at a time: whoever asks meanwhile gets that computation's answer. At most {@code maxEntries} answers
 * are kept, the least recently asked go first.
 *
 * @param <Q> the question: a value with equals and hashCode
 * @param <A> the answer: never changed once computed
 */
public final class RecentAnswers<Q, A> {

    private record Kept<A>(long version, long computedAtNanos, CompletableFuture<A> answer) {
    }

    private final Duration maxAge;
    private final int maxEntries;
    private final LongSupplier nanoTime;
    private final Map<Q, Kept<A>> kept;

    /**
     * @param maxAge     how long an answer is served at most; zero serves none again
     * @param maxEntries how many answers are kept
     * @param nanoTime   the clock ages are measured on ({@code System::nanoTime} outside tests)
     */
    public RecentAnswers(Duration maxAge, int maxEntries, LongSupplier nanoTime) {
        if (maxAge.isNegative() || maxEntries < 1) {
            throw new IllegalArgumentException("maxAge must not be negative and maxEntries must be at least 1");
        }
        this.maxAge = maxAge;
        this.maxEntries = maxEntries;
        this.nanoTime = nanoTime;
        // access order: iteration starts at the least recently asked
        this.kept = new LinkedHashMap<>(16, 0.75f, true);
    }

    /**
     * The answer to {@code question} as of {@code version}, computed now unless a young enough one of that version
     * is kept. A computation that fails is not kept; its exception reaches everyone waiting for it.
     */
    public A get(Q question, long version, Supplier<A> computation) {
        CompletableFuture<A> mine = new CompletableFuture<>();
        CompletableFuture<A> answer;
        synchronized (kept) {
            Kept<A> found = kept.get(question);
            long now = nanoTime.getAsLong();
            if (found != null && found.version() == version && now - found.computedAtNanos() < maxAge.toNanos()) {
                answer = found.answer();
            } else {
                kept.put(question, new Kept<>(version, now, mine));
                answer = mine;
                for (Iterator<Q> oldest = kept.keySet().iterator(); kept.size() > maxEntries; ) {
                    oldest.next();
                    oldest.remove();
                }
            }
        }
        if (answer == mine) {
            try {
                mine.complete(computation.get());
            } catch (RuntimeException e) {
                synchronized (kept) {
                    kept.values().removeIf(entry -> entry.answer() == mine);
                }
                mine.completeExceptionally(e);
            }
        }
        try {
            return answer.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : e;
        }
    }

    /** Drops the kept answer to {@code question}, e.g. one that should not be served again. */
    public void forget(Q question) {
        synchronized (kept) {
            kept.remove(question);
        }
    }
}
