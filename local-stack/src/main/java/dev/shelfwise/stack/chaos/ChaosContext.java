package dev.shelfwise.stack.chaos;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Random;

/**
 * What a suite works with: its plan, the script that injects faults, the feed, the consumer groups and the services.
 *
 * @param serviceUrls base URL of each service, by name
 * @param random      the run's random source (seeded: a run can be repeated with {@code --seed})
 */
record ChaosContext(ChaosPlan plan, StackControl control, OrderFeed feed, ConsumerGroups groups,
                    Map<String, String> serviceUrls, String bootstrap, String runId, Random random) {

    static final String INGEST = "order-ingest";
    static final String METRICS = "metrics-service";
    static final String MATRIX = "matrix-service";
    static final String CLEARANCE = "clearance-service";
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    String url(String service) {
        return serviceUrls.get(service);
    }

    /** Waits a random time between the plan's shortest and longest gap before a fault. */
    void waitBeforeFault() {
        Pause.millis(between(plan.faultGapMin().toMillis(), plan.faultGapMax().toMillis()));
    }

    /** A random whole number in [min, max]. */
    long between(long min, long max) {
        return min + (long) (random.nextDouble() * (max - min + 1));
    }

    /** A progress line, on the console and in the control log. */
    void say(String line) {
        System.out.println("  " + LocalTime.now().format(CLOCK) + " " + line);
        control.note(line);
    }

    static double seconds(long nanos) {
        return Math.round(nanos / 1e8) / 10.0;
    }

    static double seconds(Duration duration) {
        return seconds(duration.toNanos());
    }
}
