package dev.shelfwise.stack.chaos;

import java.util.List;
import java.util.Locale;

/** The table every run prints: one row per suite; lost, dup, DLQ'd and mismatched must all be 0. */
final class ChaosReport {
    private static final String ROW = "%-17s %6s %6s %6s %5s %4s %7s %6s %11s %11s %12s  %s%n";

    private ChaosReport() {
    }

    static String table(List<SuiteResult> results) {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, ROW, "suite", "sent", "acked", "found", "lost",
                "dup", "resent", "DLQ'd", "mismatched", "recovery s", "caught up s", "result"));
        Delivery total = Delivery.NONE;
        long deadLettered = 0;
        long mismatched = 0;
        for (SuiteResult result : results) {
            row(table, result.suite(), result.delivery(), result.deadLettered(), result.mismatched(),
                    seconds(result.recoverySeconds()), seconds(result.caughtUpSeconds()), result.passed());
            total = total.plus(result.delivery());
            deadLettered += result.deadLettered();
            mismatched += result.mismatched();
        }
        row(table, "all suites", total, deadLettered, mismatched, "", "",
                !results.isEmpty() && results.stream().allMatch(SuiteResult::passed));
        return table.toString();
    }

    private static void row(StringBuilder table, String suite, Delivery d, long deadLettered, long mismatched,
                            String recovery, String caughtUp, boolean passed) {
        table.append(String.format(Locale.ROOT, ROW, suite, d.sent(), d.acknowledged(), d.found(), d.lost(), d.duplicates(),
                d.resent(), deadLettered, mismatched, recovery, caughtUp, passed ? "PASS" : "FAIL"));
    }

    /** What each suite noted, and why a failed one failed. */
    static String details(List<SuiteResult> results) {
        StringBuilder details = new StringBuilder();
        for (SuiteResult result : results) {
            details.append(result.suite()).append(" (").append(result.seconds()).append(" s, checks ")
                    .append(result.verifySeconds()).append(" s):\n");
            result.notes().forEach(note -> details.append("  ").append(note).append('\n'));
            result.problems().forEach(problem -> details.append("  PROBLEM ").append(problem).append('\n'));
            result.mismatches().forEach(mismatch -> details.append("  MISMATCH ").append(mismatch).append('\n'));
            if (result.mismatched() > result.mismatches().size()) {
                details.append("  ... ").append(result.mismatched() - result.mismatches().size()).append(" more mismatches\n");
            }
        }
        return details.toString();
    }

    private static String seconds(Double value) {
        return value == null ? "-" : String.format(Locale.ROOT, "%.1f", value);
    }
}
