package dev.shelfwise.metrics.concentration;

import java.math.BigDecimal;

/**
 * SKUs whose GMV lies in {@code [lowerInclusive, upperExclusive)}, a power-of-ten (decade) bucket such as
 * [100, 1000).
 *
 * @param skus how many active SKUs fall in the bucket
 * @param gmv  their GMV
 */
public record HistogramBucket(BigDecimal lowerInclusive, BigDecimal upperExclusive, int skus, BigDecimal gmv) {
}
