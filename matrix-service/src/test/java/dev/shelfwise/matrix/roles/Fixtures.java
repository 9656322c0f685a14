package dev.shelfwise.matrix.roles;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/** Small builders shared by the role tests. */
final class Fixtures {

    static final String CATEGORY = "kitchen";
    static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);

    private Fixtures() {
    }

    static BigDecimal d(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    /** "10 20 30" → [10, 20, 30]. */
    static List<BigDecimal> values(String spaceSeparated) {
        return Arrays.stream(spaceSeparated.trim().split("\\s+")).map(BigDecimal::new).toList();
    }

    /** 1·step, 2·step, …, n·step. */
    static List<BigDecimal> steps(int n, String step) {
        BigDecimal unit = new BigDecimal(step);
        return IntStream.rangeClosed(1, n).mapToObj(i -> unit.multiply(BigDecimal.valueOf(i))).toList();
    }

    /** A category with the given distributions and no prices. */
    static CategoryPercentiles distributions(Map<Metric, List<BigDecimal>> values) {
        return new CategoryPercentiles(CATEGORY, values, Map.of());
    }

    static CategoryPercentiles distribution(Metric metric, List<BigDecimal> values) {
        return distributions(Map.of(metric, values));
    }

    static Map<Metric, List<BigDecimal>> metrics(Object... metricThenValues) {
        Map<Metric, List<BigDecimal>> map = new EnumMap<>(Metric.class);
        for (int i = 0; i < metricThenValues.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<BigDecimal> list = (List<BigDecimal>) metricThenValues[i + 1];
            map.put((Metric) metricThenValues[i], list);
        }
        return map;
    }

    /** A SKU of {@link #CATEGORY} with only the required fields. */
    static ProductFacts.Builder sku(String sku, String listPrice) {
        return ProductFacts.builder(sku, CATEGORY, new BigDecimal(listPrice));
    }

    static RuleInput input(ProductFacts product, CategoryPercentiles category) {
        return new RuleInput(product, category, MatrixThresholds.DEFAULTS, Set.of(), AS_OF);
    }

    static RuleInput input(ProductFacts product, CategoryPercentiles category, Set<String> anchors) {
        return new RuleInput(product, category, MatrixThresholds.DEFAULTS, anchors, AS_OF);
    }

    /** "a;b;c" → {a, b, c}; null or blank → empty. */
    static Set<String> tags(String semicolonSeparated) {
        if (semicolonSeparated == null || semicolonSeparated.isBlank()) {
            return Set.of();
        }
        return Set.of(semicolonSeparated.split(";"));
    }

    /** "A=2;B=3.5" → {A: 2, B: 3.5}; null → null (no basket data); "none" → empty. */
    static Map<String, BigDecimal> lifts(String pairs) {
        if (pairs == null) {
            return null;
        }
        Map<String, BigDecimal> map = new HashMap<>();
        if (!pairs.equals("none")) {
            for (String pair : pairs.split(";")) {
                String[] parts = pair.split("=");
                map.put(parts[0], new BigDecimal(parts[1]));
            }
        }
        return map;
    }

    /** Compares numbers by value (2 equals 2.00), nulls by identity. */
    static boolean sameNumber(BigDecimal expected, Object actual) {
        if (expected == null) {
            return actual == null;
        }
        return actual instanceof BigDecimal number && number.compareTo(expected) == 0;
    }
}
