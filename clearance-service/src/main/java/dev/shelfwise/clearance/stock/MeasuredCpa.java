package dev.shelfwise.clearance.stock;

import static dev.shelfwise.clearance.plans.ClearanceMath.divide;

import dev.shelfwise.clearance.plans.ChannelPlan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A channel's CPA measured over a trailing window (DESIGN.md §8 "Live CPA"): the {@code windowDays} days ending on
 * {@code asOf}, both included (7 days: asOf − 6 … asOf).
 * <ul>
 *   <li>spend = ad spend + fees of the attributed orders; gross profit = Σ (revenue − cost);</li>
 *   <li>CPA = (spend − gross profit) / units, per unit cleared like the estimate; null when no unit sold;</li>
 *   <li>conversion rate = attributed orders / ad clicks; null when the channel bought no clicks (a price cut), and
 *       the estimate's conversion rate then stays.</li>
 * </ul>
 * The ranking uses the measured figures once the window holds at least the configured minimum of orders.
 *
 * @param channel        the channel
 * @param from           first day of the window
 * @param to             last day of the window (asOf)
 * @param orders         attributed orders in the window
 * @param units          units in them
 * @param clicks         ad clicks in the window
 * @param adSpend        ad spend in the window
 * @param fees           fees of the attributed orders
 * @param grossProfit    Σ (revenue − cost)
 * @param cpa            measured CPA, null when no unit sold
 * @param conversionRate orders / clicks, null when no clicks
 */
public record MeasuredCpa(String channel, LocalDate from, LocalDate to, long orders, long units, long clicks,
                          BigDecimal adSpend, BigDecimal fees, BigDecimal grossProfit, BigDecimal cpa,
                          BigDecimal conversionRate) {

    /** Measures one channel from the sales and ad spend of the SKU (other channels and days are ignored). */
    public static MeasuredCpa measure(String channel, Collection<AttributedSale> sales,
                                      Collection<ChannelAdSpend> adSpend, LocalDate asOf, int windowDays) {
        LocalDate from = asOf.minusDays(windowDays - 1L);
        List<AttributedSale> inWindow = sales.stream()
                .filter(sale -> sale.channel().equals(channel) && within(sale.day(), from, asOf)).toList();
        List<ChannelAdSpend> spendInWindow = adSpend.stream()
                .filter(day -> day.channel().equals(channel) && within(day.day(), from, asOf)).toList();

        long orders = inWindow.size();
        long units = inWindow.stream().mapToLong(AttributedSale::units).sum();
        long clicks = spendInWindow.stream().mapToLong(ChannelAdSpend::clicks).sum();
        BigDecimal ads = spendInWindow.stream().map(ChannelAdSpend::spend).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal fees = inWindow.stream().map(sale -> sale.fees() == null ? BigDecimal.ZERO : sale.fees())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal grossProfit = inWindow.stream().map(sale -> sale.revenue().subtract(sale.cost()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal cpa = units == 0 ? null
                : divide(ads.add(fees).subtract(grossProfit), BigDecimal.valueOf(units));
        BigDecimal conversion = clicks == 0 ? null
                : divide(BigDecimal.valueOf(orders), BigDecimal.valueOf(clicks));
        return new MeasuredCpa(channel, from, asOf, orders, units, clicks, ads, fees, grossProfit, cpa, conversion);
    }

    /** Measures every channel that has a sale or ad spend, by channel name. */
    public static Map<String, MeasuredCpa> measureAll(Collection<AttributedSale> sales,
                                                      Collection<ChannelAdSpend> adSpend, LocalDate asOf,
                                                      int windowDays) {
        TreeSet<String> channels = new TreeSet<>();
        Stream.concat(sales.stream().map(AttributedSale::channel), adSpend.stream().map(ChannelAdSpend::channel))
                .forEach(channels::add);
        Map<String, MeasuredCpa> measured = new TreeMap<>();
        channels.forEach(channel -> measured.put(channel, measure(channel, sales, adSpend, asOf, windowDays)));
        return measured;
    }

    /** Money paid out in the window: ad spend + fees. */
    public BigDecimal spend() {
        return adSpend.add(fees);
    }

    /** Whether there are enough orders for the measured CPA to replace the estimate. */
    public boolean enoughOrders(int minimumOrders) {
        return cpa != null && orders >= minimumOrders;
    }

    /** The plan the ranking should use: measured when there are enough orders, the estimate otherwise. */
    public ChannelPlan applyTo(ChannelPlan estimate, int minimumOrders) {
        if (!estimate.channelId().equals(channel)) {
            throw new IllegalArgumentException("measured " + channel + " cannot replace " + estimate.channelId());
        }
        return enoughOrders(minimumOrders) ? estimate.withMeasured(cpa, conversionRate) : estimate;
    }

    /** Every estimate replaced by its channel's measurement where there are enough orders, in the same order. */
    public static List<ChannelPlan> applyAll(List<ChannelPlan> estimates, Map<String, MeasuredCpa> measured,
                                             int minimumOrders) {
        return estimates.stream().map(plan -> {
            MeasuredCpa measurement = measured.get(plan.channelId());
            return measurement == null ? plan : measurement.applyTo(plan, minimumOrders);
        }).toList();
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
