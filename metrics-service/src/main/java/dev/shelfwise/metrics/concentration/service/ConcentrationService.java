package dev.shelfwise.metrics.concentration.service;

import dev.shelfwise.metrics.MetricsConfig;
import dev.shelfwise.metrics.api.AnswerCache;
import dev.shelfwise.metrics.concentration.ConcentrationThresholds;
import dev.shelfwise.metrics.concentration.GmvConcentration;
import dev.shelfwise.metrics.indices.DateRange;
import dev.shelfwise.metrics.rollups.RollupReader;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.SQLException;

/** GMV concentration of a window, from the per-SKU daily rollups; served again until they change. */
@ApplicationScoped
public class ConcentrationService {
    private final RollupReader reader;
    private final ConcentrationThresholds thresholds;
    private final AnswerCache answers;

    private record ConcentrationQuestion(DateRange window) {
    }

    public ConcentrationService(RollupReader reader, MetricsConfig config, AnswerCache answers) {
        this.reader = reader;
        this.answers = answers;
        MetricsConfig.Concentration concentration = config.concentration();
        this.thresholds = new ConcentrationThresholds(concentration.warning(), concentration.overConcentrated(),
                concentration.hysteresis());
    }

    public ConcentrationThresholds thresholds() {
        return thresholds;
    }

    public GmvConcentration of(DateRange window) throws SQLException {
        return answers.get(new ConcentrationQuestion(window),
                () -> GmvConcentration.of(reader.skuGmv(window).values(), thresholds));
    }
}
