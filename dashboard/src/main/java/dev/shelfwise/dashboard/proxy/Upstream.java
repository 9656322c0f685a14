package dev.shelfwise.dashboard.proxy;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The services the dashboard may read, by the name the page uses in {@code /api/{service}/…}, and the path prefixes
 * of each that are read-only dashboard figures. Anything else is refused, so the proxy never becomes a way to write.
 */
public enum Upstream {
    INGEST("ingest", "order-ingest", List.of("q/metrics", "q/health")),
    METRICS("metrics", "metrics-service", List.of("v1/categories/explosion", "v1/indices/new-customer",
            "v1/indices/cross-category", "v1/trends", "v1/concentration", "v1/alerts", "q/metrics", "q/health")),
    MATRIX("matrix", "matrix-service", List.of("v1/promotions", "q/metrics", "q/health")),
    CLEARANCE("clearance", "clearance-service", List.of("v1/clearance/skus", "v1/alerts", "q/metrics", "q/health"));

    private final String path;
    private final String serviceName;
    private final List<String> prefixes;

    Upstream(String path, String serviceName, List<String> prefixes) {
        this.path = path;
        this.serviceName = serviceName;
        this.prefixes = prefixes;
    }

    /** The name in {@code /api/{service}/…}. */
    public String path() {
        return path;
    }

    /** The module's name, for messages. */
    public String serviceName() {
        return serviceName;
    }

    public List<String> prefixes() {
        return prefixes;
    }

    public static Optional<Upstream> byPath(String name) {
        for (Upstream upstream : values()) {
            if (upstream.path.equals(name.toLowerCase(Locale.ROOT))) {
                return Optional.of(upstream);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a raw (still percent-encoded) path, without its leading slash, may be read: it starts with a whitelisted
     * prefix on a segment boundary and, decoded, has no empty, {@code .} or {@code ..} segment, no backslash and no
     * control character (so no prefix can be escaped by path tricks).
     */
    public boolean allows(String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) {
            return false;
        }
        String decoded;
        try {
            decoded = URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
        if (decoded.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == '\\')) {
            return false;
        }
        for (String segment : decoded.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return prefixes.stream().anyMatch(prefix -> rawPath.equals(prefix) || rawPath.startsWith(prefix + "/"));
    }
}
