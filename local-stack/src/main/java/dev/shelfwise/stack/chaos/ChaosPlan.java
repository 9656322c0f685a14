package dev.shelfwise.stack.chaos;

import java.time.Duration;

/**
 * How much each suite does: the short plan ({@code ./shelfwise chaos --short}, run by {@code ./shelfwise test}) one
 * fault of each kind on a few thousand orders in a few minutes; the full plan several faults of each kind on tens of
 * thousands, within about 15 minutes on two cores. Orders fall on the last {@code days} days, inside every trailing
 * window the services serve (clearance's 7 days, matrix-service's 90).
 *
 * @param skus           SKUs of the generated shop (spread over the bench's 50 categories)
 * @param customers      customers of the shop; every suite draws from the same ones, so customers return
 * @param batchSize      orders per request, as a platform would batch them
 * @param clients        concurrent HTTP clients of the feed
 * @param killsPerService kill -9 per consumer service (metrics-, matrix-, clearance-service) in the consumer suite
 * @param restartTogether the three are killed one after the other and restarted together (short), or each is
 *                       restarted before the next is killed (full)
 * @param ingestKills    kill -9 of order-ingest in the ingest suite
 * @param brokerOutages  stops of the broker, each {@code brokerDown} long (well over order-ingest's 5 s ack timeout,
 *                       so requests made while it is down are answered while it is still down)
 * @param databaseOutages stops of PostgreSQL, each {@code databaseDown} long (longer than matrix-service used to
 *                       retry before dead-lettering: 5 retries 1 s apart, about 12 s with the failing attempts)
 * @param poisonVariants unreadable values written to each consumed topic
 * @param faultGapMin    shortest wait before a fault (each wait is random between min and max)
 * @param faultGapMax    longest wait before a fault
 * @param catchUp        how long the consumers may take to work off their lag after a suite
 * @param settle         how long the figures may take to match once the lag is zero, before the differences count
 * @param suiteTimeout   the longest a suite's feed retries its batches
 */
record ChaosPlan(String mode, int skus, int customers, int days, int batchSize, int clients,
                 Load consumerCrash, int killsPerService, boolean restartTogether, Load ingestCrash, int ingestKills,
                 Load brokerRestart, int brokerOutages, Duration brokerDown,
                 Load databaseRestart, int databaseOutages, Duration databaseDown,
                 Load poison, int poisonVariants,
                 Duration faultGapMin, Duration faultGapMax, Duration catchUp, Duration settle, Duration suiteTimeout) {

    /** Orders of a suite's feed and the pace they are posted at. */
    record Load(int orders, int perSecond) {
    }

    static final String SHORT = "short";
    static final String FULL = "full";

    static ChaosPlan of(String mode) {
        return switch (mode) {
            case SHORT -> new ChaosPlan(SHORT, 100, 1500, 6, 20, 4,
                    new Load(1200, 60), 1, true, new Load(1000, 100), 1,
                    new Load(600, 40), 1, Duration.ofSeconds(10),
                    new Load(600, 40), 1, Duration.ofSeconds(20),
                    new Load(300, 50), 3,
                    Duration.ofSeconds(1), Duration.ofSeconds(3), Duration.ofSeconds(180), Duration.ofSeconds(30),
                    Duration.ofSeconds(240));
            case FULL -> new ChaosPlan(FULL, 300, 5000, 6, 25, 4,
                    new Load(6000, 60), 2, false, new Load(5000, 100), 3,
                    new Load(3000, 50), 2, Duration.ofSeconds(15),
                    new Load(3000, 50), 2, Duration.ofSeconds(25),
                    new Load(1000, 50), 5,
                    Duration.ofSeconds(3), Duration.ofSeconds(10), Duration.ofSeconds(300), Duration.ofSeconds(30),
                    Duration.ofSeconds(420));
            default -> throw new IllegalArgumentException("--mode short|full, not " + mode);
        };
    }
}
