package dev.shelfwise.metrics.concentration.alerts.service;

import dev.shelfwise.metrics.concentration.AlertSeverity;
import dev.shelfwise.metrics.concentration.ConcentrationAlertEvent;
import dev.shelfwise.metrics.concentration.GmvConcentration;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ToDoubleFunction;

/**
 * The concentration of every evaluated scope and the number of firing alerts as Prometheus gauges, so an existing
 * Prometheus + Alertmanager can alert on the same figures ({@code shelfwise_gmv_top1pct_share > 0.9}). A scope that
 * stops being evaluated loses its gauges rather than showing a stale figure forever.
 */
@ApplicationScoped
public class ConcentrationGauges {
    public static final String TOP1PCT_SHARE = "shelfwise.gmv.top1pct.share";
    public static final String TOP10PCT_SHARE = "shelfwise.gmv.top10pct.share";
    public static final String GINI = "shelfwise.gmv.gini";
    public static final String HHI = "shelfwise.gmv.hhi";
    public static final String ALERTS_FIRING = "shelfwise.alerts.firing";
    public static final String TAG_SCOPE = "scope";

    private final MeterRegistry registry;
    private final Map<String, ScopeGauges> scopes = new ConcurrentHashMap<>();
    private final Map<AlertSeverity, AtomicLong> firing = new EnumMap<>(AlertSeverity.class);

    private record ScopeGauges(AtomicReference<GmvConcentration> figures, List<Gauge> gauges) {
    }

    public ConcentrationGauges(MeterRegistry registry) {
        this.registry = registry;
        for (AlertSeverity severity : AlertSeverity.values()) {
            AtomicLong count = new AtomicLong();
            firing.put(severity, count);
            Gauge.builder(ALERTS_FIRING, count, AtomicLong::get)
                    .description("Alerts firing now")
                    .tag("kind", ConcentrationAlertEvent.KIND)
                    .tag("severity", severity.code())
                    .strongReference(true)
                    .register(registry);
        }
    }

    /** Shows these scopes' figures and drops the gauges of every other scope. */
    public void show(Map<String, GmvConcentration> figures) {
        figures.forEach((scope, concentration) -> scopes.computeIfAbsent(scope, this::register).figures().set(concentration));
        scopes.entrySet().removeIf(entry -> {
            if (figures.containsKey(entry.getKey())) {
                return false;
            }
            entry.getValue().gauges().forEach(registry::remove);
            return true;
        });
    }

    /** Sets the firing counts; a severity absent from the map has none firing. */
    public void firing(Map<AlertSeverity, Long> counts) {
        firing.forEach((severity, count) -> count.set(counts.getOrDefault(severity, 0L)));
    }

    private ScopeGauges register(String scope) {
        AtomicReference<GmvConcentration> figures = new AtomicReference<>();
        List<Gauge> gauges = new ArrayList<>();
        gauges.add(gauge(TOP1PCT_SHARE, "Share of GMV of the top 1 % of active SKUs", scope, figures,
                GmvConcentration::top1PctShare));
        gauges.add(gauge(TOP10PCT_SHARE, "Share of GMV of the top 10 % of active SKUs", scope, figures,
                GmvConcentration::top10PctShare));
        gauges.add(gauge(GINI, "Gini coefficient of GMV over active SKUs", scope, figures, GmvConcentration::gini));
        gauges.add(gauge(HHI, "Herfindahl-Hirschman index of GMV over active SKUs (0-10,000)", scope, figures,
                GmvConcentration::hhi));
        return new ScopeGauges(figures, gauges);
    }

    private Gauge gauge(String name, String description, String scope, AtomicReference<GmvConcentration> figures,
                        ToDoubleFunction<GmvConcentration> figure) {
        return Gauge.builder(name, figures, holder -> holder.get() == null ? Double.NaN : figure.applyAsDouble(holder.get()))
                .description(description)
                .tag(TAG_SCOPE, scope)
                .strongReference(true)
                .register(registry);
    }
}
