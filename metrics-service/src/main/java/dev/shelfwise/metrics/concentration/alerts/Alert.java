package dev.shelfwise.metrics.concentration.alerts;

import dev.shelfwise.alerts.delivery.DeliveryAttempt;
import dev.shelfwise.alerts.delivery.DeliveryStatus;
import dev.shelfwise.contracts.AlertEvent;
import dev.shelfwise.metrics.concentration.AlertLifecycle;
import dev.shelfwise.metrics.concentration.ConcentrationAlertEvent;
import dev.shelfwise.metrics.concentration.GmvConcentration;
import dev.shelfwise.metrics.indices.DateRange;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One firing episode of the GMV over-concentration alert of a scope and severity, as stored, listed and published.
 *
 * @param id      the episode id ({@link ConcentrationAlertEvent#alertId()}): its firing and resolved events share it
 * @param state   {@code firing} or {@code resolved}
 * @param window  the days the figures were computed on (shop time zone)
 * @param endsAt  when it resolved; null while firing
 * @param figures    the figures that fired it
 * @param deliveries every webhook attempt of its transitions
 * @param delivery   how far the delivery of its current state got
 */
public record Alert(String id, String kind, String severity, String state, String scope, Window window,
                    Instant startsAt, Instant endsAt, String summary, AlertFigures figures,
                    List<DeliveryAttempt> deliveries, DeliveryStatus delivery) {

    public static final String LABEL_SCOPE = "scope";
    public static final String LABEL_WINDOW_START = "windowStart";
    public static final String LABEL_WINDOW_END = "windowEnd";

    public record Window(LocalDate from, LocalDate to) {
    }

    public Alert {
        deliveries = deliveries == null ? List.of() : List.copyOf(deliveries);
        if (delivery == null) {
            delivery = DeliveryStatus.of(deliveries, state, false);
        }
    }

    /** The alert a FIRING transition opens, with the figures of the evaluation that fired it. */
    public static Alert firing(ConcentrationAlertEvent event, GmvConcentration concentration, DateRange window,
                               double hysteresis) {
        if (event.lifecycle() != AlertLifecycle.FIRING) {
            throw new IllegalArgumentException("not a firing event: " + event);
        }
        int topSkus = GmvConcentration.topCount(concentration.activeSkus(), GmvConcentration.TOP_PERCENT_NARROW);
        String summary = String.format(Locale.ROOT, "The top %d %% of active SKUs (%d of %d) hold %s of GMV in %s"
                        + " (%s to %s): above the %s level of %s.", GmvConcentration.TOP_PERCENT_NARROW, topSkus,
                concentration.activeSkus(), percent(event.top1PctShare()), event.scope(), window.start(), window.end(),
                event.severity().code(), percent(event.threshold()));
        return new Alert(event.alertId(), event.kind(), event.severity().code(), AlertLifecycle.FIRING.code(),
                event.scope(), new Window(window.start(), window.end()), event.startsAt(), null, summary,
                new AlertFigures(event.top1PctShare(), event.threshold(), hysteresis, concentration.activeSkus(),
                        concentration.gmv(), concentration.gini(), concentration.hhi(), null),
                List.of(), null);
    }

    /** This alert resolved because its share fell below {@code threshold − hysteresis}. */
    public Alert resolved(ConcentrationAlertEvent event) {
        if (event.lifecycle() != AlertLifecycle.RESOLVED || !event.alertId().equals(id)) {
            throw new IllegalArgumentException("not the resolution of " + id + ": " + event);
        }
        BigDecimal resolveBelow = BigDecimal.valueOf(figures.threshold())
                .subtract(BigDecimal.valueOf(figures.hysteresis()));
        String resolution = String.format(Locale.ROOT, " Resolved: the share fell to %s, below %s (the level minus"
                + " the hysteresis).", percent(event.top1PctShare()), percent(resolveBelow.doubleValue()));
        return new Alert(id, kind, severity, AlertLifecycle.RESOLVED.code(), scope, window, startsAt, event.endsAt(),
                summary + resolution, figures.withResolvedShare(event.top1PctShare()), deliveries, null);
    }

    /** This alert resolved because its scope is no longer evaluated (the promotion ended or was deleted). */
    public Alert ended(Instant at) {
        return new Alert(id, kind, severity, AlertLifecycle.RESOLVED.code(), scope, window, startsAt, at,
                summary + " Resolved: " + scope + " is no longer running.", figures, deliveries, null);
    }

    /** This alert with its delivery attempts; {@code pending}: the delivery of its current state has not finished. */
    public Alert withDeliveries(List<DeliveryAttempt> attempts, boolean pending) {
        return new Alert(id, kind, severity, state, scope, window, startsAt, endsAt, summary, figures, attempts,
                DeliveryStatus.of(attempts, state, pending));
    }

    /** The contract event of this alert's current state, for alerts.v1 and the webhooks. */
    public AlertEvent toEvent(String source) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put(LABEL_SCOPE, scope);
        labels.put(LABEL_WINDOW_START, window.from().toString());
        labels.put(LABEL_WINDOW_END, window.to().toString());
        Map<String, String> numbers = new LinkedHashMap<>();
        numbers.put("top1PctShare", text(figures.top1PctShare()));
        numbers.put("threshold", text(figures.threshold()));
        numbers.put("hysteresis", text(figures.hysteresis()));
        numbers.put("activeSkus", Integer.toString(figures.activeSkus()));
        numbers.put("gmv", figures.gmv().toPlainString());
        numbers.put("gini", text(figures.gini()));
        numbers.put("hhi", text(figures.hhi()));
        if (figures.resolvedTop1PctShare() != null) {
            numbers.put("resolvedTop1PctShare", text(figures.resolvedTop1PctShare()));
        }
        return new AlertEvent(id, kind, state, severity, source, summary, startsAt, endsAt, labels, numbers);
    }

    /** A share as a percentage with the decimals it has, e.g. 0.955 → "95.5 %". */
    static String percent(double share) {
        return BigDecimal.valueOf(share).movePointRight(2).stripTrailingZeros().toPlainString() + " %";
    }

    private static String text(double value) {
        return BigDecimal.valueOf(value).toPlainString();
    }
}
