package dev.shelfwise.metrics.concentration;

/**
 * A point of the Lorenz curve: the poorest {@code skuShare} of active SKUs (sorted by GMV ascending) make
 * {@code gmvShare} of GMV. Both are fractions in [0, 1], 4 decimals half-up.
 */
public record LorenzPoint(double skuShare, double gmvShare) {
}
