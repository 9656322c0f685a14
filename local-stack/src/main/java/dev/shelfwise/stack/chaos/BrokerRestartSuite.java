package dev.shelfwise.stack.chaos;

import java.util.Map;

/**
 * The Kafka broker stopped and started again under load. While it is down, order-ingest must answer 503 and never
 * acknowledge anything (it cannot make an order durable); afterwards it recovers by itself and the consumers resume
 * without loss or duplicates. Recovery: from the broker's start to the next acknowledged batch.
 */
final class BrokerRestartSuite extends LoadedSuite {

    BrokerRestartSuite() {
        super("broker restart", "br", ChaosPlan::brokerRestart);
    }

    @Override
    void inject(ChaosContext context, OrderFeed.Run feed, Findings findings) {
        ChaosPlan plan = context.plan();
        for (int outage = 0; outage < plan.brokerOutages(); outage++) {
            context.waitBeforeFault();
            long stopping = System.nanoTime();
            context.control().stopBroker();
            long down = System.nanoTime();
            context.say("broker stopped (" + ChaosContext.seconds(down - stopping) + " s to shut down)");
            Pause.millis(plan.brokerDown().toMillis());
            long starting = System.nanoTime();
            context.control().startBroker();
            context.say("broker started again (" + ChaosContext.seconds(System.nanoTime() - starting) + " s until its topics answer)");
            // answers to requests made while no broker process ran, received before it was started again
            Map<OrderFeed.Outcome, Long> whileDown = feed.outcomes(down, starting);
            long acknowledged = whileDown.getOrDefault(OrderFeed.Outcome.ACKNOWLEDGED, 0L);
            long unavailable = whileDown.getOrDefault(OrderFeed.Outcome.UNAVAILABLE, 0L);
            long other = whileDown.values().stream().mapToLong(Long::longValue).sum() - acknowledged - unavailable;
            findings.notes.add("broker down " + ChaosContext.seconds(starting - down) + " s: answers " + whileDown);
            if (acknowledged > 0) {
                findings.problems.add(acknowledged + " requests acknowledged (2xx) while the broker was down");
            }
            if (other > 0) {
                findings.problems.add(other + " requests answered otherwise than 503 while the broker was down");
            }
            if (unavailable == 0) {
                findings.problems.add("no 503 seen while the broker was down: the outage was not observed");
            }
            Double recovery = IngestCrashSuite.secondsUntilAcknowledged(feed, starting);
            findings.faults.add(new Fault("broker stop/start", recovery, "broker start to the next 202"));
            if (recovery == null) {
                findings.problems.add("order-ingest did not acknowledge again after the broker came back");
            }
        }
        findings.notes.add("attempts by outcome: " + feed.outcomes());
    }
}
