package dev.shelfwise.metrics.api;

import dev.shelfwise.metrics.MetricsConfig;
import dev.shelfwise.metrics.rollups.RollupReader;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** One cache of computed answers for every figure endpoint, versioned by the sales batches applied. */
public class AnswerCacheBeans {

    @Produces
    @Singleton
    AnswerCache answerCache(RollupReader reader, MetricsConfig config) {
        return new AnswerCache(reader::appliedBatches, config.queries().cachedAnswers());
    }
}
