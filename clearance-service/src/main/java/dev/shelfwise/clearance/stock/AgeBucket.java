package dev.shelfwise.clearance.stock;

import java.util.ArrayList;
import java.util.List;

/**
 * An inventory age bucket, days inclusive. The last bucket is open and, as in Amazon's reports (and the
 * {@code inventory.v1} event), is labelled with the previous bound: "365+" holds 366 days and older.
 *
 * @param fromDay first day of the bucket
 * @param toDay   last day, null for the open last bucket
 * @param label   e.g. "91-180"
 */
public record AgeBucket(int fromDay, Integer toDay, String label) {

    /** Buckets from their upper bounds: [90, 180] gives 0-90, 91-180, 180+. */
    public static List<AgeBucket> fromUpperBounds(List<Integer> upperBounds) {
        List<AgeBucket> buckets = new ArrayList<>();
        int from = 0;
        for (int upper : upperBounds) {
            buckets.add(new AgeBucket(from, upper, from + "-" + upper));
            from = upper + 1;
        }
        int lastBound = upperBounds.isEmpty() ? 0 : upperBounds.get(upperBounds.size() - 1);
        buckets.add(new AgeBucket(from, null, lastBound + "+"));
        return List.copyOf(buckets);
    }

    /** Whether units {@code ageDays} old fall in this bucket. */
    public boolean contains(int ageDays) {
        return ageDays >= fromDay && (toDay == null || ageDays <= toDay);
    }
}
