package dev.shelfwise.matrix;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How matrix-service answers reads ({@code shelfwise.matrix.answers.*}): matrix pages and reused answers. */
@ConfigMapping(prefix = "shelfwise.matrix.answers")
public interface AnswerSettings {

    /**
     * How long an assessed matrix or a strategy is served again at most. This instance's own writes replace it at
     * once; this bounds how long another instance's writes (or metrics-service's new figures) go unseen. Roles move
     * with 30-day figures that metrics-service republishes every 10 s at the most.
     */
    @WithDefault("30s")
    Duration maxAge();

    /**
     * How long metrics-service's figures and firing alerts are reused before they are asked for again (year-long
     * indices; alerts it evaluates every 30 s).
     */
    @WithDefault("30s")
    Duration metricsMaxAge();

    /** Assessed category scopes and strategies kept (each scope: its SKUs' facts and assessments). */
    @WithDefault("64")
    int keptAnswers();

    /** Page size of {@code GET /v1/promotions/{id}/matrix} without {@code ?limit=}. */
    @WithDefault("50")
    int defaultLimit();

    /** Page size allowed at most (every SKU listed brings the reasons of every rule: about 3 KB of JSON). */
    @WithDefault("500")
    int maxLimit();
}
