package dev.shelfwise.clearance.plans;

import static dev.shelfwise.clearance.plans.Fixtures.TODAY;
import static dev.shelfwise.clearance.plans.Fixtures.dec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad input is named by its JSON path; each row breaks one field of a valid request and expects exactly one error. */
class ClearanceRequestValidatorTest {

    private static final Pattern CHANNEL_FIELD = Pattern.compile("channels\\[(\\d+)]\\.(\\w+)");

    /** A valid request: channels[0] price cut, [1] liquidation, [2] off-site, [3] on-site ads, [4] coupon. */
    private static ClearanceRequest valid() {
        return new ClearanceRequest("MUG-01", 100L, dec("4"), dec("10"), dec("1"), dec("0.01"), dec("500"),
                TODAY.plusDays(30), new ArrayList<>(List.of(
                Fixtures.priceCut("cut", "8", "10", "0.05"),
                Fixtures.liquidation("liq", "0.1", "0.15", "0.3", "100"),
                Fixtures.offsite("deal", "9", "0.1", "5", "0.08"),
                Fixtures.onsiteAds("ads", "30", "10", "0.04"),
                Fixtures.channel("coupon", ChannelKind.COUPON, null, "2", null, null, null, null, "12", "0.06"))));
    }

    @Test
    void aValidRequestHasNoErrors() {
        assertEquals(List.of(), valid().validate(TODAY));
    }

    @ParameterizedTest(name = "{0} = ''{1}'' -> {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # field changed                   | value   | error field                      | message contains
            sku                               |         | sku                              | is required
            sku                               | MUG\u202e10 | sku                            | must not contain control or invisible characters
            sku                               | <scr\u0007ipt> | sku                         | must not contain control or invisible characters
            quantity                          |         | quantity                         | is required
            quantity                          | 0       | quantity                         | must be positive
            quantity                          | -5      | quantity                         | must be positive
            unitCost                          |         | unitCost                         | is required
            unitCost                          | -1      | unitCost                         | must not be negative
            price                             |         | price                            | is required
            price                             | 0       | price                            | must be positive
            disposalFeePerUnit                | -0.01   | disposalFeePerUnit               | must not be negative
            disposalFeePerUnit                |         | disposalFeePerUnit               | is required
            holdingCostPerUnitDay             |         | holdingCostPerUnitDay            | is required
            holdingCostPerUnitDay             | -0.01   | holdingCostPerUnitDay            | must not be negative
            budget                            | -5      | budget                           | must not be negative
            # the deadline is a date after today (2026-03-01)
            deadline                          | 2026-03-01 | deadline                      | must be after today (2026-03-01)
            deadline                          | 2026-02-01 | deadline                      | must be after today
            channels[0].id                    |         | channels[0].id                   | is required
            channels[3].id                    | cut     | channels[3].id                   | duplicate channel id 'cut' (also channels[0])
            channels[0].kind                  |         | channels[0].kind                 | is required; one of price-cut, coupon, onsite-ads, offsite, liquidation
            channels[0].price                 |         | channels[0].price                | is required for a price cut
            channels[0].price                 | 10      | channels[0].price                | a price cut must be below the current price 10
            channels[0].price                 | -1      | channels[0].price                | must be positive
            channels[0].conversionRate        | 1.01    | channels[0].conversionRate       | must be between 0 and 1
            channels[0].conversionRate        | -0.5    | channels[0].conversionRate       | must be between 0 and 1
            channels[0].conversionRate        |         | channels[0].conversionRate       | is required
            channels[0].expectedOrdersPerDay  | -1      | channels[0].expectedOrdersPerDay | must not be negative
            channels[0].expectedOrdersPerDay  |         | channels[0].expectedOrdersPerDay | is required
            channels[0].feePerOrder           | -0.5    | channels[0].feePerOrder          | must not be negative
            channels[1].recoveryRate          | 1.5     | channels[1].recoveryRate         | must be between 0 and 1
            channels[1].recoveryRate          | -0.1    | channels[1].recoveryRate         | must be between 0 and 1
            channels[1].recoveryRate          |         | channels[1].recoveryRate         | is required
            channels[1].commissionRate        | 1.2     | channels[1].commissionRate       | must be between 0 and 1
            channels[1].couponValue           | 1       | channels[1].couponValue          | does not apply to liquidation
            channels[2].commissionRate        | 1.01    | channels[2].commissionRate       | must be between 0 and 1
            channels[2].commissionRate        |         | channels[2].commissionRate       | is required
            channels[3].adSpendPerDay         | -1      | channels[3].adSpendPerDay        | must not be negative
            channels[3].adSpendPerDay         |         | channels[3].adSpendPerDay        | is required
            channels[3].recoveryRate          | 0.1     | channels[3].recoveryRate         | applies to liquidation only
            channels[4].couponValue           |         | channels[4].couponValue          | is required for a coupon
            channels[4].couponValue           | 0       | channels[4].couponValue          | must be positive
            # the coupon applies to the current price 10 when the channel has none
            channels[4].couponValue           | 10.01   | channels[4].couponValue          | must not exceed the price it applies to (10)
            # a coupon of the whole price is allowed (giving it away)
            channels[4].couponValue           | 10      |                                  |
            # zero orders a day is allowed: the plan is simply not viable
            channels[0].expectedOrdersPerDay  | 0       |                                  |
            # a zero budget is allowed: only plans that pay nothing out can run
            budget                            | 0       |                                  |
            """)
    void namesTheBadField(String field, String value, String errorField, String message) {
        List<FieldError> errors = change(valid(), field, value).validate(TODAY);

        if (errorField == null) {
            assertEquals(List.of(), errors);
            return;
        }
        assertEquals(1, errors.size(), errors.toString());
        assertEquals(errorField, errors.get(0).field());
        assertTrue(errors.get(0).message().contains(message), errors.get(0).message());
    }

    @Test
    void aSkuOverTheLengthLimitIsAnError() {
        List<FieldError> errors = change(valid(), "sku", "S".repeat(ClearanceRequestValidator.MAX_SKU_LENGTH + 1)).validate(TODAY);
        assertEquals(List.of(new FieldError("sku", "must be at most 128 characters")), errors);
        assertEquals(List.of(), change(valid(), "sku", "S".repeat(ClearanceRequestValidator.MAX_SKU_LENGTH)).validate(TODAY));
    }

    @Test
    void moreChannelsThanThePlanCanCompareAreOneError() {
        List<ChannelOption> channels = new ArrayList<>();
        for (int i = 0; i <= ClearanceRequestValidator.MAX_CHANNELS; i++) {
            channels.add(Fixtures.priceCut("cut-" + i, "8", "10", "0.05"));
        }
        assertEquals(List.of(new FieldError("channels", "at most 50 channels may be compared in one plan, not 51")),
                withChannels(valid(), channels).validate(TODAY));
        assertEquals(List.of(), withChannels(valid(), channels.subList(0, ClearanceRequestValidator.MAX_CHANNELS)).validate(TODAY));
    }

    @Test
    void emptyOrMissingChannelListIsAnError() {
        FieldError expected = new FieldError("channels", "at least one channel is required");
        assertEquals(List.of(expected), withChannels(valid(), List.of()).validate(TODAY));
        assertEquals(List.of(expected), withChannels(valid(), null).validate(TODAY));
    }

    @Test
    void aMissingChannelIsNamedByItsIndex() {
        List<ChannelOption> channels = new ArrayList<>(valid().channels());
        channels.set(2, null);
        assertEquals(List.of(new FieldError("channels[2]", "is required")),
                withChannels(valid(), channels).validate(TODAY));
    }

    @Test
    void allErrorsAreListedAtOnceInFieldOrder() {
        ClearanceRequest bad = change(change(change(valid(), "quantity", "0"), "unitCost", "-1"),
                "channels[1].recoveryRate", "2");

        assertEquals(List.of("quantity", "unitCost", "channels[1].recoveryRate"),
                bad.validate(TODAY).stream().map(FieldError::field).toList());
    }

    @Test
    void unknownKindIsReportedOnItsField() {
        assertEquals(new FieldError("channels[2].kind",
                        "unknown kind 'banner'; one of price-cut, coupon, onsite-ads, offsite, liquidation"),
                ClearanceRequestValidator.unknownKind(2, "banner"));
    }

    @Test
    void thePlannerRefusesAnInvalidRequestWithItsErrors() {
        ClearancePlanner planner = new ClearancePlanner(ClearanceConfig.defaults());
        ClearanceRequest bad = change(valid(), "channels[1].recoveryRate", "1.5");

        InvalidClearanceRequestException thrown = assertThrows(InvalidClearanceRequestException.class,
                () -> planner.plan(bad, TODAY));
        assertEquals(List.of(new FieldError("channels[1].recoveryRate", "must be between 0 and 1")), thrown.errors());
        assertEquals("channels[1].recoveryRate must be between 0 and 1", thrown.getMessage());
    }

    @ParameterizedTest(name = "deadline {0} -> {1} selling days")
    @CsvSource({
            // tomorrow: one selling day (today); the deadline day itself is when the fee falls
            "2026-03-02, 1",
            "2026-03-05, 4",
            // 1 March to 1 April: 31 days
            "2026-04-01, 31"})
    void sellingDaysRunFromTodayUpToTheDeadline(LocalDate deadline, long days) {
        ClearanceRequest request = Fixtures.withDeadline(valid(), deadline);
        assertEquals(OptionalLong.of(days), request.sellingDays(TODAY));
    }

    @Test
    void noDeadlineMeansNoLimitOnDays() {
        assertEquals(OptionalLong.empty(), Fixtures.withDeadline(valid(), null).sellingDays(TODAY));
    }

    @Test
    void floorAndDestroyEverythingAreCPlusD() {
        // c + d = 4 + 1 = 5; 100 × 5 = 500
        assertEquals(0, valid().destructionFloor().compareTo(dec("5")));
        assertEquals(0, valid().destroyEverythingNowCost().compareTo(dec("500")));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"price-cut, PRICE_CUT", "coupon, COUPON", "onsite-ads, ONSITE_ADS", "offsite, OFFSITE",
            "liquidation, LIQUIDATION", "PRICE_CUT, ", "banner, ", "'', "})
    void kindsAreNamedInKebabCase(String json, ChannelKind kind) {
        assertEquals(Optional.ofNullable(kind), ChannelKind.fromJsonName(json));
        if (kind != null) {
            assertEquals(json, kind.jsonName());
        }
    }

    @Test
    void onlyPriceCutsAndCouponsArePriceMoves() {
        assertEquals(List.of(ChannelKind.PRICE_CUT, ChannelKind.COUPON),
                List.of(ChannelKind.values()).stream().filter(ChannelKind::isPriceMove).toList());
    }

    private static ClearanceRequest change(ClearanceRequest r, String field, String value) {
        Matcher channelField = CHANNEL_FIELD.matcher(field);
        if (channelField.matches()) {
            int index = Integer.parseInt(channelField.group(1));
            List<ChannelOption> channels = new ArrayList<>(r.channels());
            channels.set(index, change(channels.get(index), channelField.group(2), value));
            return withChannels(r, channels);
        }
        return switch (field) {
            case "sku" -> new ClearanceRequest(value, r.quantity(), r.unitCost(), r.price(), r.disposalFeePerUnit(),
                    r.holdingCostPerUnitDay(), r.budget(), r.deadline(), r.channels());
            case "quantity" -> new ClearanceRequest(r.sku(), value == null ? null : Long.valueOf(value), r.unitCost(),
                    r.price(), r.disposalFeePerUnit(), r.holdingCostPerUnitDay(), r.budget(), r.deadline(),
                    r.channels());
            case "unitCost" -> new ClearanceRequest(r.sku(), r.quantity(), dec(value), r.price(),
                    r.disposalFeePerUnit(), r.holdingCostPerUnitDay(), r.budget(), r.deadline(), r.channels());
            case "price" -> new ClearanceRequest(r.sku(), r.quantity(), r.unitCost(), dec(value),
                    r.disposalFeePerUnit(), r.holdingCostPerUnitDay(), r.budget(), r.deadline(), r.channels());
            case "disposalFeePerUnit" -> new ClearanceRequest(r.sku(), r.quantity(), r.unitCost(), r.price(),
                    dec(value), r.holdingCostPerUnitDay(), r.budget(), r.deadline(), r.channels());
            case "holdingCostPerUnitDay" -> new ClearanceRequest(r.sku(), r.quantity(), r.unitCost(), r.price(),
                    r.disposalFeePerUnit(), dec(value), r.budget(), r.deadline(), r.channels());
            case "budget" -> Fixtures.withBudget(r, value);
            case "deadline" -> Fixtures.withDeadline(r, LocalDate.parse(value));
            default -> throw new IllegalArgumentException(field);
        };
    }

    private static ChannelOption change(ChannelOption o, String field, String value) {
        return switch (field) {
            case "id" -> new ChannelOption(value, o.kind(), o.price(), o.couponValue(), o.adSpendPerDay(),
                    o.feePerOrder(), o.commissionRate(), o.recoveryRate(), o.expectedOrdersPerDay(),
                    o.conversionRate());
            case "kind" -> new ChannelOption(o.id(), value == null ? null : ChannelKind.valueOf(value), o.price(),
                    o.couponValue(), o.adSpendPerDay(), o.feePerOrder(), o.commissionRate(), o.recoveryRate(),
                    o.expectedOrdersPerDay(), o.conversionRate());
            case "price" -> new ChannelOption(o.id(), o.kind(), dec(value), o.couponValue(), o.adSpendPerDay(),
                    o.feePerOrder(), o.commissionRate(), o.recoveryRate(), o.expectedOrdersPerDay(),
                    o.conversionRate());
            case "couponValue" -> new ChannelOption(o.id(), o.kind(), o.price(), dec(value), o.adSpendPerDay(),
                    o.feePerOrder(), o.commissionRate(), o.recoveryRate(), o.expectedOrdersPerDay(),
                    o.conversionRate());
            case "adSpendPerDay" -> new ChannelOption(o.id(), o.kind(), o.price(), o.couponValue(), dec(value),
                    o.feePerOrder(), o.commissionRate(), o.recoveryRate(), o.expectedOrdersPerDay(),
                    o.conversionRate());
            case "feePerOrder" -> new ChannelOption(o.id(), o.kind(), o.price(), o.couponValue(), o.adSpendPerDay(),
                    dec(value), o.commissionRate(), o.recoveryRate(), o.expectedOrdersPerDay(), o.conversionRate());
            case "commissionRate" -> new ChannelOption(o.id(), o.kind(), o.price(), o.couponValue(),
                    o.adSpendPerDay(), o.feePerOrder(), dec(value), o.recoveryRate(), o.expectedOrdersPerDay(),
                    o.conversionRate());
            case "recoveryRate" -> new ChannelOption(o.id(), o.kind(), o.price(), o.couponValue(),
                    o.adSpendPerDay(), o.feePerOrder(), o.commissionRate(), dec(value), o.expectedOrdersPerDay(),
                    o.conversionRate());
            case "expectedOrdersPerDay" -> new ChannelOption(o.id(), o.kind(), o.price(), o.couponValue(),
                    o.adSpendPerDay(), o.feePerOrder(), o.commissionRate(), o.recoveryRate(), dec(value),
                    o.conversionRate());
            case "conversionRate" -> new ChannelOption(o.id(), o.kind(), o.price(), o.couponValue(),
                    o.adSpendPerDay(), o.feePerOrder(), o.commissionRate(), o.recoveryRate(),
                    o.expectedOrdersPerDay(), dec(value));
            default -> throw new IllegalArgumentException(field);
        };
    }

    private static ClearanceRequest withChannels(ClearanceRequest r, List<ChannelOption> channels) {
        return new ClearanceRequest(r.sku(), r.quantity(), r.unitCost(), r.price(), r.disposalFeePerUnit(),
                r.holdingCostPerUnitDay(), r.budget(), r.deadline(), channels);
    }
}
