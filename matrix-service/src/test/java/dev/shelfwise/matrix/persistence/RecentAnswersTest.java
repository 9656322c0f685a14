package dev.shelfwise.matrix.persistence;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecentAnswersTest {
    private static final Duration MAX_AGE = Duration.ofSeconds(10);
    private static final int ROOMY = 10;
    private static final long VERSION = 7;

    private final AtomicLong now = new AtomicLong();
    private final AtomicInteger computations = new AtomicInteger();

    private String compute(String question) {
        return question + "#" + computations.incrementAndGet();
    }

    private RecentAnswers<String, String> answers(int maxEntries) {
        return new RecentAnswers<>(MAX_AGE, maxEntries, now::get);
    }

    @Test
    void servedAgainWhileYoungAndOfTheSameVersion() {
        RecentAnswers<String, String> answers = answers(ROOMY);
        String first = answers.get("books", VERSION, () -> compute("books"));
        now.addAndGet(MAX_AGE.minusMillis(1).toNanos());
        assertSame(first, answers.get("books", VERSION, () -> compute("books")));
        assertEquals(1, computations.get());
    }

    @Test
    void computedAgainOnceOld() {
        RecentAnswers<String, String> answers = answers(ROOMY);
        answers.get("books", VERSION, () -> compute("books"));
        now.addAndGet(MAX_AGE.toNanos()); // another instance may have written since
        assertEquals("books#2", answers.get("books", VERSION, () -> compute("books")));
    }

    @Test
    void computedAgainAfterAWriteHere() {
        RecentAnswers<String, String> answers = answers(ROOMY);
        answers.get("books", VERSION, () -> compute("books"));
        assertEquals("books#2", answers.get("books", VERSION + 1, () -> compute("books")));
        assertEquals("books#2", answers.get("books", VERSION + 1, () -> compute("books")));
    }

    @Test
    void aZeroMaxAgeServesNothingAgain() {
        RecentAnswers<String, String> answers = new RecentAnswers<>(Duration.ZERO, ROOMY, now::get);
        answers.get("books", VERSION, () -> compute("books"));
        assertEquals("books#2", answers.get("books", VERSION, () -> compute("books")));
    }

    @Test
    void aFailureIsNotKept() {
        RecentAnswers<String, String> answers = answers(ROOMY);
        assertThrows(IllegalStateException.class, () -> answers.get("books", VERSION, () -> {
            throw new IllegalStateException("database down");
        }));
        assertEquals("books#1", answers.get("books", VERSION, () -> compute("books")));
    }

    @Test
    void forgottenAnswersAreComputedAgain() {
        RecentAnswers<String, String> answers = answers(ROOMY);
        answers.get("figures", VERSION, () -> compute("figures"));
        answers.forget("figures");
        assertEquals("figures#2", answers.get("figures", VERSION, () -> compute("figures")));
    }

    @Test
    void theLeastRecentlyAskedGoesBeyondTheLimit() {
        RecentAnswers<String, String> answers = answers(2);
        answers.get("a", VERSION, () -> compute("a"));
        answers.get("b", VERSION, () -> compute("b"));
        answers.get("a", VERSION, () -> compute("a"));
        answers.get("c", VERSION, () -> compute("c")); // b goes
        assertEquals("a#1", answers.get("a", VERSION, () -> compute("a")));
        assertEquals("b#4", answers.get("b", VERSION, () -> compute("b")));
    }

    @Test
    void whoAsksDuringAComputationGetsItsAnswer() throws Exception {
        RecentAnswers<String, String> answers = answers(ROOMY);
        CountDownLatch computing = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        int others = 8;
        ExecutorService pool = Executors.newFixedThreadPool(others + 1);
        try {
            Future<String> first = pool.submit(() -> answers.get("health", VERSION, () -> {
                computing.countDown();
                waitFor(finish);
                return compute("health");
            }));
            assertTrue(computing.await(10, TimeUnit.SECONDS));
            List<Future<String>> meanwhile = new ArrayList<>();
            for (int i = 0; i < others; i++) {
                meanwhile.add(pool.submit(() -> answers.get("health", VERSION, () -> compute("health"))));
            }
            finish.countDown();
            assertEquals("health#1", first.get(10, TimeUnit.SECONDS));
            for (Future<String> answer : meanwhile) {
                assertEquals("health#1", answer.get(10, TimeUnit.SECONDS));
            }
            assertEquals(1, computations.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void nonsenseSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RecentAnswers<>(Duration.ofSeconds(-1), ROOMY, now::get));
        assertThrows(IllegalArgumentException.class, () -> new RecentAnswers<>(MAX_AGE, 0, now::get));
    }

    private static void waitFor(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
