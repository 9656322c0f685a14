package dev.shelfwise.stack.chaos;

/** Sleeping in the runner: an interruption (the script stopping the run) ends the run. */
final class Pause {
    private Pause() {
    }

    static void millis(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
