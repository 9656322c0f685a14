package dev.shelfwise.clearance.alerts.publish;

import dev.shelfwise.clearance.alerts.service.AlertService;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** The Prometheus gauge {@code shelfwise_clearance_alerts_firing{kind}}: firing alerts per kind. */
@ApplicationScoped
public class AlertMetrics {

    public static final String FIRING = "shelfwise.clearance.alerts.firing";

    private final Map<String, AtomicLong> firing = new LinkedHashMap<>();

    public AlertMetrics(MeterRegistry registry) {
        for (String kind : AlertService.KINDS) {
            AtomicLong value = new AtomicLong();
            firing.put(kind, value);
            Gauge.builder(FIRING, value, AtomicLong::get).description("Firing clearance alerts").tag("kind", kind)
                    .register(registry);
        }
    }

    /** Sets every kind from committed counts (a kind absent from {@code byKind} has none firing). */
    public void update(Map<String, Long> byKind) {
        firing.forEach((kind, value) -> value.set(byKind.getOrDefault(kind, 0L)));
    }
}
