package dev.shelfwise.metrics.api;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AnswerCacheTest {
    private static final int ROOMY = 10;
    private static final int ASKERS = 8;

    private final AtomicLong version = new AtomicLong();
    private final AtomicInteger computations = new AtomicInteger();

    private String compute(String question) {
        return question + "#" + computations.incrementAndGet();
    }

    @Test
    void anAnswerIsServedAgainWhileTheVersionIsUnchanged() throws SQLException {
        AnswerCache cache = new AnswerCache(version::get, ROOMY);
        String first = cache.get("penetration 2026", () -> compute("penetration"));
        assertSame(first, cache.get("penetration 2026", () -> compute("penetration")));
        assertEquals(1, computations.get());
    }

    @Test
    void aNewVersionComputesAgain() throws SQLException {
        AnswerCache cache = new AnswerCache(version::get, ROOMY);
        assertEquals("trend#1", cache.get("trend books", () -> compute("trend")));
        version.incrementAndGet(); // a sales batch was applied
        assertEquals("trend#2", cache.get("trend books", () -> compute("trend")));
        assertEquals("trend#2", cache.get("trend books", () -> compute("trend")));
    }

    @Test
    void questionsAreKeptApart() throws SQLException {
        AnswerCache cache = new AnswerCache(version::get, ROOMY);
        assertEquals("books#1", cache.get(List.of("trend", "books"), () -> compute("books")));
        assertEquals("toys#2", cache.get(List.of("trend", "toys"), () -> compute("toys")));
        assertEquals("books#1", cache.get(List.of("trend", "books"), () -> compute("books")));
    }

    @Test
    void aFailureIsNotKept() throws SQLException {
        AnswerCache cache = new AnswerCache(version::get, ROOMY);
        assertThrows(BadParameterException.class, () -> cache.get("unknown category", () -> {
            throw new BadParameterException("category", "unknown");
        }));
        assertThrows(SQLException.class, () -> cache.get("database down", () -> {
            throw new SQLException("connection refused");
        }));
        assertEquals(0, cache.size());
        assertEquals("database down#1", cache.get("database down", () -> compute("database down")));
    }

    @Test
    void theLongestUnusedAnswerGoesFirstBeyondTheLimit() throws SQLException {
        AnswerCache cache = new AnswerCache(version::get, 2);
        cache.get("a", () -> compute("a"));
        cache.get("b", () -> compute("b"));
        cache.get("a", () -> compute("a")); // a is used again: b is now the longest unused
        cache.get("c", () -> compute("c"));
        assertEquals(2, cache.size());
        assertEquals("a#1", cache.get("a", () -> compute("a")));
        assertEquals("b#4", cache.get("b", () -> compute("b")));
    }

    @Test
    void askingWhileItIsComputedWaitsForThatComputation() throws Exception {
        AnswerCache cache = new AnswerCache(version::get, ROOMY);
        CompletableFuture<Void> computing = new CompletableFuture<>();
        CompletableFuture<Void> finish = new CompletableFuture<>();
        FutureTask<String> first = new FutureTask<>(() -> ask(cache, () -> {
            computing.complete(null);
            finish.join();
            return compute("concentration");
        }));
        new Thread(first, "first asker").start();
        computing.get(10, TimeUnit.SECONDS);
        List<FutureTask<String>> meanwhile = IntStream.range(0, ASKERS)
                .mapToObj(n -> new FutureTask<>(() -> ask(cache, () -> compute("concentration")))).toList();
        meanwhile.forEach(asker -> new Thread(asker, "asker meanwhile").start());
        finish.complete(null);
        assertEquals("concentration#1", first.get(10, TimeUnit.SECONDS));
        for (FutureTask<String> answer : meanwhile) {
            assertEquals("concentration#1", answer.get(10, TimeUnit.SECONDS));
        }
        assertEquals(1, computations.get());
    }

    private static String ask(AnswerCache cache, AnswerCache.Computation<String> computation) {
        try {
            return cache.get("concentration", computation);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aTooSmallLimitIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new AnswerCache(version::get, 0));
    }
}
