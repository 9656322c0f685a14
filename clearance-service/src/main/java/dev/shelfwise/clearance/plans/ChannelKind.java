package dev.shelfwise.clearance.plans;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** How a channel clears stock. JSON uses the kebab-case {@link #jsonName()}. */
public enum ChannelKind {
    /** A lower selling price; the channel's {@code price} is the price after the cut. */
    PRICE_CUT("price-cut"),
    /** A coupon off the (channel or current) price. */
    COUPON("coupon"),
    /** Sponsored ads on the marketplace itself, paid per day. */
    ONSITE_ADS("onsite-ads"),
    /** An off-site deal channel (deal sites, influencers) paid by commission and/or per order. */
    OFFSITE("offsite"),
    /** Selling the lot to a liquidator for a share of the price. */
    LIQUIDATION("liquidation");

    /** The JSON names, for error messages. */
    public static final String JSON_NAMES = Arrays.stream(values()).map(ChannelKind::jsonName)
            .collect(Collectors.joining(", "));

    private final String jsonName;

    ChannelKind(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The name in JSON, e.g. {@code "price-cut"}. */
    public String jsonName() {
        return jsonName;
    }

    /** The article's "start with price": price moves are preferred over ad-only plans when otherwise tied. */
    public boolean isPriceMove() {
        return this == PRICE_CUT || this == COUPON;
    }

    /** The kind named {@code name} in JSON, empty when there is none (the REST layer then reports the field). */
    public static Optional<ChannelKind> fromJsonName(String name) {
        return Arrays.stream(values()).filter(kind -> kind.jsonName.equals(name)).findFirst();
    }
}
