package dev.shelfwise.contracts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Daily spend of an ad campaign (topic {@code ad-spend.v1}, keyed by campaign). */
public record AdSpendEvent(String campaignId, String platform, String channel, List<String> skus, LocalDate date,
                           BigDecimal spend, long impressions, long clicks) implements ShelfwiseEvent {

    @Override
    public EventType type() {
        return EventType.AD_SPEND;
    }

    @Override
    public String key() {
        return campaignId;
    }

    @Override
    public String naturalId() {
        return "ad-spend:" + platform + ":" + campaignId + "@" + date;
    }
}
