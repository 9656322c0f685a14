package dev.shelfwise.metrics.indices;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Cross-category penetration rate of a category over a window: the share of its customers who also bought at least
 * one other category, i.e. how well the category leads into the rest of the shop (long-term value). Seeds: books
 * 230 / 10,000 = 0.0230, maternal &amp; child 1,450 / 5,000 = 0.2900.
 */
public final class CrossCategoryPenetration {

    private CrossCategoryPenetration() {
    }

    /** From counts a rollup already holds. */
    public static CategoryPenetration of(String category, long customers, long crossCustomers) {
        Objects.requireNonNull(category, "category");
        if (customers < 0 || crossCustomers < 0 || crossCustomers > customers) {
            throw new IllegalArgumentException("need 0 ≤ crossCustomers ≤ customers, were crossCustomers="
                    + crossCustomers + ", customers=" + customers + " for " + category);
        }
        return new CategoryPenetration(category, customers, crossCustomers,
                Decimals.ratio(crossCustomers, customers));
    }

    /**
     * From the categories each customer bought in the window (duplicates count once).
     *
     * @param categoriesByCustomer customer id → categories bought
     * @return one row per category that has a customer, sorted by category
     */
    public static List<CategoryPenetration> fromCustomerCategories(
            Map<String, ? extends Collection<String>> categoriesByCustomer) {
        Map<String, long[]> counts = new TreeMap<>(); // category → {customers, crossCustomers}
        categoriesByCustomer.values().forEach(bought -> {
            Set<String> distinct = new HashSet<>(bought);
            boolean cross = distinct.size() > 1;
            for (String category : distinct) {
                long[] c = counts.computeIfAbsent(Objects.requireNonNull(category, "category"), k -> new long[2]);
                c[0]++;
                if (cross) {
                    c[1]++;
                }
            }
        });
        return counts.entrySet().stream()
                .map(e -> of(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .toList();
    }
}
