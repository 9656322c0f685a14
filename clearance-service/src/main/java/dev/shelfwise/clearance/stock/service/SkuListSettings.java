package dev.shelfwise.clearance.stock.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Paging and reuse of {@code GET /v1/clearance/skus} ({@code shelfwise.clearance.sku-list.*}). */
@ConfigMapping(prefix = "shelfwise.clearance.sku-list")
public interface SkuListSettings {

    /** SKUs per answer when the request sends no {@code limit}. */
    @WithDefault("50")
    int defaultLimit();

    /** The largest {@code limit}: every SKU listed carries a plan, so one answer stays bounded in time and size. */
    @WithDefault("500")
    int maxLimit();

    /**
     * How long the list of SKUs that need clearance is reused at most. A snapshot or sale stored by this instance
     * replaces it at once; this bounds how long one stored by another instance goes unseen.
     */
    @WithDefault("10s")
    Duration maxAge();
}
