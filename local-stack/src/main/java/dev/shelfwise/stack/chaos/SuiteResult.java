package dev.shelfwise.stack.chaos;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One suite's row of the table, and its entry in results.json.
 *
 * @param deadLettered    valid orders of the suite found on orders.v1-dlq (must be 0)
 * @param mismatched      figures that differ from their recomputation (must be 0); {@code mismatches} the first ones
 * @param recoverySeconds the slowest recovery of the suite's faults (null when one did not recover)
 * @param caughtUpSeconds from the end of the faults until every consumer had committed everything
 * @param verifySeconds   how long the checks took
 */
record SuiteResult(String suite, Delivery delivery, long deadLettered, long mismatched, List<String> mismatches,
                   Double recoverySeconds, Double caughtUpSeconds, List<Suite.Fault> faults, List<String> notes,
                   List<String> problems, double seconds, double verifySeconds) {

    boolean passed() {
        return delivery.lost() == 0 && delivery.duplicates() == 0 && deadLettered == 0 && mismatched == 0
                && problems.isEmpty();
    }

    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("suite", suite);
        json.put("passed", passed());
        json.put("sent", delivery.sent());
        json.put("acknowledged", delivery.acknowledged());
        json.put("found", delivery.found());
        json.put("lost", delivery.lost());
        json.put("duplicates", delivery.duplicates());
        json.put("resent", delivery.resent());
        json.put("unacknowledgedFound", delivery.unacknowledgedFound());
        json.put("deadLettered", deadLettered);
        json.put("mismatched", mismatched);
        json.put("mismatches", mismatches);
        json.put("recoverySeconds", recoverySeconds);
        json.put("caughtUpSeconds", caughtUpSeconds);
        json.put("faults", faults.stream().map(fault -> {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("what", fault.what());
            f.put("recoverySeconds", fault.recoverySeconds());
            f.put("detail", fault.detail());
            return f;
        }).toList());
        json.put("notes", notes);
        json.put("problems", problems);
        json.put("seconds", seconds);
        json.put("verifySeconds", verifySeconds);
        return json;
    }
}
