package dev.shelfwise.stack.chaos;

import java.util.List;

/** One fault suite: it streams orders while it injects its faults, and says how the stack recovered. */
interface Suite {

    String name();

    /** Runs the faults; the orders' fate and the figures are checked afterwards, the same way for every suite. */
    Outcome run(ChaosContext context);

    /**
     * One injected fault and its recovery time in seconds (null when it did not recover in time).
     *
     * @param detail what the recovery time measures, and anything else worth reading
     */
    record Fault(String what, Double recoverySeconds, String detail) {
    }

    /**
     * @param feeds    the orders the suite sent
     * @param notes    figures worth reading (answers while a component was down, readiness times, ...)
     * @param problems broken promises found by the suite itself (each fails the suite)
     */
    record Outcome(List<OrderFeed.Run> feeds, List<Fault> faults, List<String> notes, List<String> problems) {
    }
}
