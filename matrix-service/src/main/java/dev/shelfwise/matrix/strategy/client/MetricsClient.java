package dev.shelfwise.matrix.strategy.client;

import dev.shelfwise.matrix.AnswerSettings;
import dev.shelfwise.matrix.persistence.RecentAnswers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Calls metrics-service with short timeouts ({@code quarkus.rest-client.metrics-service.connect-timeout} /
 * {@code read-timeout}) and falls back instead of failing: a call that is refused, times out or answers an error ends
 * the round, and the answer says the figures are degraded and why. The strategy then uses what matrix-service knows
 * itself (category-stats.v1, inventory). Figures and firing alerts that did arrive are reused for
 * {@code shelfwise.matrix.answers.metrics-max-age}: year-long figures hardly move in seconds, and every strategy and
 * health request would otherwise wait for metrics-service. A failed round is never reused.
 */
@ApplicationScoped
public class MetricsClient {
    public static final String CONFIG_KEY = "metrics-service";
    public static final String UNAVAILABLE = "metrics-service unavailable: ";
    private static final Logger LOG = Logger.getLogger(MetricsClient.class);

    // answers of metrics-service are not versioned here: their age alone bounds them
    private static final long UNVERSIONED = 0;
    private static final String FIRING = "firing";

    private final MetricsApi api;
    private final RecentAnswers<FiguresQuestion, MetricsFigures> recentFigures;
    private final RecentAnswers<String, FiringAlerts> recentAlerts;

    private record FiguresQuestion(LocalDate start, LocalDate end, String basis, int top, List<Integer> years,
                                   LocalDate from, LocalDate to) {
    }

    public MetricsClient(@RestClient MetricsApi api, AnswerSettings settings) {
        this.api = api;
        this.recentFigures = new RecentAnswers<>(settings.metricsMaxAge(), settings.keptAnswers(), System::nanoTime);
        this.recentAlerts = new RecentAnswers<>(settings.metricsMaxAge(), 1, System::nanoTime);
    }

    /**
     * @param start      first day of last year's comparable window
     * @param end        last day of it
     * @param basis      explosion-coefficient basis ({@code average})
     * @param top        how many categories metrics-service should mark as candidates
     * @param years      the years whose new-customer tables are needed
     * @param from       first day of the penetration window
     * @param to         last day of it
     */
    public MetricsFigures figures(LocalDate start, LocalDate end, String basis, int top, List<Integer> years,
                                  LocalDate from, LocalDate to) {
        FiguresQuestion question = new FiguresQuestion(start, end, basis, top, List.copyOf(years), from, to);
        MetricsFigures figures = recentFigures.get(question, UNVERSIONED,
                () -> fetchFigures(start, end, basis, top, years, from, to));
        if (figures.degraded()) {
            recentFigures.forget(question);
        }
        return figures;
    }

    private MetricsFigures fetchFigures(LocalDate start, LocalDate end, String basis, int top, List<Integer> years,
                                        LocalDate from, LocalDate to) {
        List<ExplosionRow> explosion = new ArrayList<>();
        List<NewCustomerTable> newCustomer = new ArrayList<>();
        List<PenetrationRow> penetration = new ArrayList<>();
        String failure = call("GET /v1/categories/explosion?start=" + start + "&end=" + end,
                () -> explosion.addAll(nonNull(api.explosion(start.toString(), end.toString(), basis, top))));
        for (int year : years) {
            if (failure == null) {
                failure = call("GET /v1/indices/new-customer?year=" + year,
                        () -> newCustomer.add(Objects.requireNonNull(api.newCustomer(year), "an empty answer")));
            }
        }
        if (failure == null) {
            failure = call("GET /v1/indices/cross-category?from=" + from + "&to=" + to,
                    () -> penetration.addAll(nonNull(api.crossCategory(from.toString(), to.toString()))));
        }
        return new MetricsFigures(explosion, newCustomer, penetration, failure);
    }

    /** The firing alerts of metrics-service, or why they could not be read (a degraded answer, never a failure). */
    public FiringAlerts firingAlerts() {
        FiringAlerts alerts = recentAlerts.get(FIRING, UNVERSIONED, () -> {
            List<FiringAlert> firing = new ArrayList<>();
            String failure = call("GET /v1/alerts?state=firing", () -> firing.addAll(nonNull(api.alerts(FIRING))));
            return new FiringAlerts(firing, failure);
        });
        if (alerts.failure() != null) {
            recentAlerts.forget(FIRING);
        }
        return alerts;
    }

    /** @param failure null when metrics-service answered */
    public record FiringAlerts(List<FiringAlert> alerts, String failure) {
        public FiringAlerts {
            alerts = List.copyOf(alerts);
        }
    }

    /** Runs one call; null when it answered, else why not. */
    private static String call(String what, Supplier<Boolean> call) {
        try {
            call.get();
            return null;
        } catch (WebApplicationException e) {
            return fail(what, "answered " + e.getResponse().getStatus());
        } catch (RuntimeException e) {
            // refused, timed out, unreadable body: a degraded answer, never a 500
            return fail(what, "failed: " + describe(e));
        }
    }

    private static String fail(String what, String why) {
        String failure = UNAVAILABLE + what + " " + why;
        LOG.warnf("category strategy degraded: %s", failure);
        return failure;
    }

    /** The innermost cause, e.g. "ConnectException: Connection refused" or a timeout message. */
    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static <T> List<T> nonNull(List<T> rows) {
        return rows == null ? List.of() : rows.stream().filter(Objects::nonNull).toList();
    }
}
