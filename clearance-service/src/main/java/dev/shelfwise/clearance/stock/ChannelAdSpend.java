package dev.shelfwise.clearance.stock;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One day of ad spend for the SKU on a channel.
 *
 * @param channel the channel
 * @param day     the day
 * @param spend   money spent
 * @param clicks  clicks bought, for the measured conversion rate
 */
public record ChannelAdSpend(String channel, LocalDate day, BigDecimal spend, long clicks) {
}
