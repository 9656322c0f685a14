package dev.shelfwise.stack.chaos;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * PostgreSQL stopped and started again while the consumers work. Each database-backed service must report itself
 * not ready (readiness DOWN) while the database is unreachable and ready again after; its consumers back off and
 * retry, never dead-letter a valid record, and end with exact figures. Traffic snapshots posted during each outage
 * must be stored by both of their consumers too ({@link TrafficDuringOutage}). Recovery: from the database's start
 * until every one of them is ready again.
 */
final class DatabaseRestartSuite extends LoadedSuite {
    static final List<String> DATABASE_BACKED = List.of(ChaosContext.METRICS, ChaosContext.MATRIX, ChaosContext.CLEARANCE);
    /** How long readiness may take to notice the outage (the outage is held until it does, up to this). */
    private static final long NOTICE_LIMIT_MS = 30_000;
    private static final long READY_LIMIT_MS = 180_000;
    private static final long PROBE_MS = 250;

    DatabaseRestartSuite() {
        super("database restart", "db", ChaosPlan::databaseRestart);
    }

    @Override
    void inject(ChaosContext context, OrderFeed.Run feed, Findings findings) {
        ChaosPlan plan = context.plan();
        TrafficDuringOutage traffic = new TrafficDuringOutage();
        for (int outage = 0; outage < plan.databaseOutages(); outage++) {
            context.waitBeforeFault();
            Map<String, Long> lagAtStop = lags(context);
            context.control().stopDatabase();
            long down = System.nanoTime();
            context.say("PostgreSQL stopped");
            findings.problems.addAll(traffic.post(context, feed.skus(TrafficDuringOutage.SKUS)));
            Map<String, Double> notReadyAfter = new TreeMap<>();
            long holdUntil = down + plan.databaseDown().toNanos();
            long noticeLimit = down + Math.max(plan.databaseDown().toNanos(), NOTICE_LIMIT_MS * 1_000_000);
            while (System.nanoTime() < holdUntil
                    || (notReadyAfter.size() < DATABASE_BACKED.size() && System.nanoTime() < noticeLimit)) {
                for (String service : DATABASE_BACKED) {
                    if (!notReadyAfter.containsKey(service) && !context.control().ready(context.url(service))) {
                        notReadyAfter.put(service, ChaosContext.seconds(System.nanoTime() - down));
                    }
                }
                Pause.millis(PROBE_MS);
            }
            for (String service : DATABASE_BACKED) {
                if (!notReadyAfter.containsKey(service)) {
                    findings.problems.add(service + " stayed ready (readiness UP) while PostgreSQL was down");
                }
            }
            Map<String, Long> lagAtStart = lags(context);
            long starting = System.nanoTime();
            context.control().startDatabase();
            context.say("PostgreSQL started again after " + ChaosContext.seconds(starting - down) + " s down");
            Map<String, Double> readyAfter = new TreeMap<>();
            while (readyAfter.size() < DATABASE_BACKED.size() && System.nanoTime() < starting + READY_LIMIT_MS * 1_000_000) {
                for (String service : DATABASE_BACKED) {
                    if (!readyAfter.containsKey(service) && context.control().ready(context.url(service))) {
                        readyAfter.put(service, ChaosContext.seconds(System.nanoTime() - starting));
                    }
                }
                Pause.millis(PROBE_MS);
            }
            for (String service : DATABASE_BACKED) {
                if (!readyAfter.containsKey(service)) {
                    findings.problems.add(service + " was not ready again within " + READY_LIMIT_MS / 1000 + " s of PostgreSQL's start");
                }
            }
            Double recovery = readyAfter.size() < DATABASE_BACKED.size() ? null
                    : readyAfter.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
            findings.notes.add("readiness DOWN (s after the stop) " + notReadyAfter + "; UP again (s after the start) " + readyAfter
                    + "; orders.v1 lag at the stop " + lagAtStop + ", at the start " + lagAtStart);
            findings.faults.add(new Fault("PostgreSQL stop/start", recovery, "database start until every service is ready"));
        }
        List<String> trafficProblems = traffic.verify(context);
        findings.problems.addAll(trafficProblems);
        findings.notes.add(traffic.snapshots() + " traffic snapshots posted while PostgreSQL was down: "
                + (trafficProblems.isEmpty() ? "stored by metrics-service and matrix-service (no dead letters, views published)"
                : trafficProblems.size() + " problems"));
    }

    /** What each group has not committed yet: it grows while the database is away (nothing can be committed). */
    private static Map<String, Long> lags(ChaosContext context) {
        Map<String, Long> lags = new TreeMap<>();
        DATABASE_BACKED.forEach(service -> lags.put(service, context.groups().lag(service, List.of("orders.v1"))));
        return lags;
    }
}
