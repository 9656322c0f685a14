package dev.shelfwise.metrics.concentration.alerts.service;

import dev.shelfwise.metrics.concentration.ConcentrationAlertEvent;
import dev.shelfwise.metrics.concentration.alerts.messaging.AlertPublisher;
import dev.shelfwise.metrics.concentration.alerts.repository.AlertRepository;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Evaluates the over-concentration alert every {@code shelfwise.concentration.evaluate-every}: evaluate and commit,
 * show the gauges, publish the new transitions to alerts.v1, hand them to the webhooks.
 */
@ApplicationScoped
public class ConcentrationAlertJob {
    /** The scheduler's identity of the evaluation. */
    public static final String JOB = "concentration-alerts";
    private static final Logger LOG = Logger.getLogger(ConcentrationAlertJob.class);

    private final ConcentrationAlertEvaluator evaluator;
    private final AlertRepository alerts;
    private final ConcentrationGauges gauges;
    private final AlertPublisher publisher;
    private final WebhookNotifier webhooks;

    public ConcentrationAlertJob(ConcentrationAlertEvaluator evaluator, AlertRepository alerts,
                                 ConcentrationGauges gauges, AlertPublisher publisher, WebhookNotifier webhooks) {
        this.evaluator = evaluator;
        this.alerts = alerts;
        this.gauges = gauges;
        this.publisher = publisher;
        this.webhooks = webhooks;
    }

    // not before start-up completed: the alerts.v1 emitter is wired only then
    @Scheduled(identity = JOB, every = "${shelfwise.concentration.evaluate-every:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        try {
            run();
        } catch (Exception e) {
            // the next round starts from the committed state: nothing is lost by skipping this one
            LOG.warnf(e, "alert evaluation failed; retried in the next round");
        }
    }

    /**
     * One round. Synchronized so a direct call and the schedule never interleave within one instance (instances
     * serialise on a database lock).
     */
    public synchronized Evaluation run() throws SQLException {
        // milliseconds: the time is stored and must give back the same alert id when read again
        Evaluation evaluation = evaluator.evaluate(Instant.now().truncatedTo(ChronoUnit.MILLIS));
        gauges.show(evaluation.figures());
        gauges.firing(alerts.firingCounts(ConcentrationAlertEvent.KIND));
        publisher.publishPending();
        webhooks.deliverPending();
        return evaluation;
    }
}
