package dev.shelfwise.stack.chaos;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A suite that streams orders of its own while it injects its faults: the feed starts before the faults and must
 * have every batch acknowledged after them.
 */
abstract class LoadedSuite implements Suite {

    /** What the faults showed: their recovery times, notes worth reading, broken promises. */
    static final class Findings {
        final List<Fault> faults = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
        final List<String> problems = new ArrayList<>();
    }

    private final String name;
    private final String tag;
    private final Function<ChaosPlan, ChaosPlan.Load> load;

    /**
     * @param tag  prefix of the suite's order ids
     * @param load the suite's orders in the plan
     */
    LoadedSuite(String name, String tag, Function<ChaosPlan, ChaosPlan.Load> load) {
        this.name = name;
        this.tag = tag;
        this.load = load;
    }

    @Override
    public final String name() {
        return name;
    }

    /** Anything to do before the orders start (nothing by default). */
    void prepare(ChaosContext context) {
    }

    /** Injects the faults while the feed runs, and records what they showed. */
    abstract void inject(ChaosContext context, OrderFeed.Run feed, Findings findings);

    @Override
    public final Outcome run(ChaosContext context) {
        prepare(context);
        OrderFeed.Run feed = context.feed().start(tag, load.apply(context.plan()), context.plan().suiteTimeout());
        Findings findings = new Findings();
        inject(context, feed, findings);
        if (!feed.await()) {
            findings.problems.add(feed.unacknowledgedBatches() + " batches were never acknowledged");
        }
        return new Outcome(List.of(feed), findings.faults, findings.notes, findings.problems);
    }
}
