package dev.shelfwise.clearance.plans;

import dev.shelfwise.contracts.Identifiers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a {@link ClearanceRequest} and names every bad field by its JSON path (e.g. {@code channels[1].recoveryRate}),
 * so that one 400 answer lists all problems at once.
 * <p>
 * What each kind needs: a price cut its {@code price} (below the current price), a coupon its {@code couponValue},
 * on-site ads their {@code adSpendPerDay}, an off-site channel its {@code commissionRate} (0 when it charges per order
 * only), liquidation its {@code recoveryRate}. Every channel needs {@code expectedOrdersPerDay} (0 is allowed: the plan
 * is then not viable) and {@code conversionRate}.
 */
public final class ClearanceRequestValidator {

    static final String REQUIRED = "is required";
    static final String NOT_NEGATIVE = "must not be negative";
    static final String POSITIVE = "must be positive";
    static final String RATE = "must be between 0 and 1";
    /** As order-ingest's ids: longer SKUs are typos or abuse. */
    static final int MAX_SKU_LENGTH = Identifiers.MAX_LENGTH;
    /**
     * Channels compared in one plan. Ranking explains each channel against its neighbours, so the work and the answer
     * grow with the square of the count; real plans compare a handful (DESIGN.md §7 lists seven kinds).
     */
    static final int MAX_CHANNELS = 50;

    private ClearanceRequestValidator() {
    }

    /** All field errors of {@code request}, in field order; empty when valid. {@code today} is for the deadline. */
    public static List<FieldError> validate(ClearanceRequest request, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (request.sku() == null || request.sku().isBlank()) {
            errors.add(new FieldError("sku", REQUIRED));
        } else if (request.sku().length() > MAX_SKU_LENGTH) {
            errors.add(new FieldError("sku", "must be at most " + MAX_SKU_LENGTH + " characters"));
        } else if (Identifiers.hasInvisibleCharacters(request.sku())) {
            errors.add(new FieldError("sku", "must not contain control or invisible characters"));
        }
        if (request.quantity() == null) {
            errors.add(new FieldError("quantity", REQUIRED));
        } else if (request.quantity() <= 0) {
            errors.add(new FieldError("quantity", POSITIVE));
        }
        notNegative(errors, "unitCost", request.unitCost(), true);
        if (request.price() == null) {
            errors.add(new FieldError("price", REQUIRED));
        } else if (request.price().signum() <= 0) {
            errors.add(new FieldError("price", POSITIVE));
        }
        notNegative(errors, "disposalFeePerUnit", request.disposalFeePerUnit(), true);
        notNegative(errors, "holdingCostPerUnitDay", request.holdingCostPerUnitDay(), true);
        notNegative(errors, "budget", request.budget(), false);
        if (request.deadline() != null && !request.deadline().isAfter(today)) {
            errors.add(new FieldError("deadline", "must be after today (" + today + ")"));
        }
        if (request.channels() == null || request.channels().isEmpty()) {
            errors.add(new FieldError("channels", "at least one channel is required"));
            return errors;
        }
        if (request.channels().size() > MAX_CHANNELS) {
            errors.add(new FieldError("channels", "at most " + MAX_CHANNELS + " channels may be compared in one plan, not "
                    + request.channels().size()));
            return errors;
        }
        // a bad current price is reported once, not again on every channel compared with it
        BigDecimal currentPrice = request.price() != null && request.price().signum() > 0 ? request.price() : null;
        Map<String, Integer> firstIndexOfId = new HashMap<>();
        for (int i = 0; i < request.channels().size(); i++) {
            validateChannel(errors, "channels[" + i + "]", request.channels().get(i), currentPrice, firstIndexOfId, i);
        }
        return errors;
    }

    /** The error the REST layer reports when the JSON {@code kind} names no {@link ChannelKind}. */
    public static FieldError unknownKind(int channelIndex, String kind) {
        return new FieldError("channels[" + channelIndex + "].kind",
                "unknown kind '" + kind + "'; one of " + ChannelKind.JSON_NAMES);
    }

    private static void validateChannel(List<FieldError> errors, String path, ChannelOption channel,
                                        BigDecimal currentPrice, Map<String, Integer> firstIndexOfId, int index) {
        if (channel == null) {
            errors.add(new FieldError(path, REQUIRED));
            return;
        }
        if (channel.id() == null || channel.id().isBlank()) {
            errors.add(new FieldError(path + ".id", REQUIRED));
        } else {
            Integer first = firstIndexOfId.putIfAbsent(channel.id(), index);
            if (first != null) {
                errors.add(new FieldError(path + ".id",
                        "duplicate channel id '" + channel.id() + "' (also channels[" + first + "])"));
            }
        }
        ChannelKind kind = channel.kind();
        if (kind == null) {
            errors.add(new FieldError(path + ".kind", REQUIRED + "; one of " + ChannelKind.JSON_NAMES));
        }
        boolean priceOk = true;
        if (channel.price() != null && channel.price().signum() <= 0) {
            errors.add(new FieldError(path + ".price", POSITIVE));
            priceOk = false;
        }
        notNegative(errors, path + ".adSpendPerDay", channel.adSpendPerDay(), kind == ChannelKind.ONSITE_ADS);
        notNegative(errors, path + ".feePerOrder", channel.feePerOrder(), false);
        rate(errors, path + ".commissionRate", channel.commissionRate(), kind == ChannelKind.OFFSITE);
        rate(errors, path + ".recoveryRate", channel.recoveryRate(), kind == ChannelKind.LIQUIDATION);
        notNegative(errors, path + ".expectedOrdersPerDay", channel.expectedOrdersPerDay(), true);
        rate(errors, path + ".conversionRate", channel.conversionRate(), true);

        if (kind == ChannelKind.PRICE_CUT) {
            if (channel.price() == null) {
                errors.add(new FieldError(path + ".price", REQUIRED + " for a price cut (the price after the cut)"));
            } else if (priceOk && currentPrice != null && channel.price().compareTo(currentPrice) >= 0) {
                errors.add(new FieldError(path + ".price",
                        "a price cut must be below the current price " + currentPrice.toPlainString()));
            }
        }
        if (kind == ChannelKind.LIQUIDATION) {
            if (channel.couponValue() != null) {
                errors.add(new FieldError(path + ".couponValue", "does not apply to liquidation"));
            }
        } else if (kind != null && channel.recoveryRate() != null) {
            errors.add(new FieldError(path + ".recoveryRate", "applies to liquidation only"));
        }
        if (kind != ChannelKind.LIQUIDATION) {
            validateCoupon(errors, path, channel, currentPrice, priceOk);
        }
    }

    private static void validateCoupon(List<FieldError> errors, String path, ChannelOption channel,
                                       BigDecimal currentPrice, boolean priceOk) {
        BigDecimal coupon = channel.couponValue();
        if (coupon == null) {
            if (channel.kind() == ChannelKind.COUPON) {
                errors.add(new FieldError(path + ".couponValue", REQUIRED + " for a coupon"));
            }
            return;
        }
        if (coupon.signum() <= 0) {
            errors.add(new FieldError(path + ".couponValue", POSITIVE));
            return;
        }
        BigDecimal selling = channel.sellingPrice(currentPrice);
        if (priceOk && selling != null && coupon.compareTo(selling) > 0) {
            errors.add(new FieldError(path + ".couponValue",
                    "must not exceed the price it applies to (" + selling.toPlainString() + ")"));
        }
    }

    private static void notNegative(List<FieldError> errors, String field, BigDecimal value, boolean required) {
        if (value == null) {
            if (required) {
                errors.add(new FieldError(field, REQUIRED));
            }
        } else if (value.signum() < 0) {
            errors.add(new FieldError(field, NOT_NEGATIVE));
        }
    }

    private static void rate(List<FieldError> errors, String field, BigDecimal value, boolean required) {
        if (value == null) {
            if (required) {
                errors.add(new FieldError(field, REQUIRED));
            }
        } else if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            errors.add(new FieldError(field, RATE));
        }
    }
}
