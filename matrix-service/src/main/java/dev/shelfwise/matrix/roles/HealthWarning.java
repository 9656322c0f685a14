package dev.shelfwise.matrix.roles;

import java.math.BigDecimal;

/**
 * A warning of the matrix health summary.
 *
 * @param category  the core category concerned
 * @param code      what is wrong
 * @param value     the measured figure (the profit GMV share), or null
 * @param threshold the threshold it was compared with, or null
 * @param message   a readable explanation
 */
public record HealthWarning(String category, Code code, BigDecimal value, BigDecimal threshold, String message) {

    /** Kinds of warning. */
    public enum Code {
        /** A core category has no traffic (hook) SKU. */
        NO_TRAFFIC_SKU("no-traffic-sku"),
        /** The profit SKUs of a core category hold less than the minimum share of its GMV. */
        PROFIT_GMV_SHARE_LOW("profit-gmv-share-low"),
        /** The profit share cannot be computed: the category has no known GMV (or none at all). */
        PROFIT_GMV_SHARE_NO_DATA("profit-gmv-share-no-data");

        private final String jsonName;

        Code(String jsonName) {
            this.jsonName = jsonName;
        }

        public String jsonName() {
            return jsonName;
        }

        @Override
        public String toString() {
            return jsonName;
        }
    }
}
