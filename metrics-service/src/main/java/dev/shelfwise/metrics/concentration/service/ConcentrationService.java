package dev.shelfwise.metrics.concentration.service;

import dev.shelfwise.metrics.MetricsConfig;
import dev.shelfwise.metrics.concentration.ConcentrationThresholds;
import dev.shelfwise.metrics.concentration.GmvConcentration;
import dev.shelfwise.metrics.indices.DateRange;
import dev.shelfwise.metrics.rollups.RollupReader;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.SQLException;

/** GMV concentration of a window, from the per-SKU daily rollups. */
@ApplicationScoped
public class ConcentrationService {
    private final RollupReader reader;
    private final ConcentrationThresholds thresholds;

    public ConcentrationService(RollupReader reader, MetricsConfig config) {
        this.reader = reader;
        MetricsConfig.Concentration concentration = config.concentration();
        this.thresholds = new ConcentrationThresholds(concentration.warning(), concentration.overConcentrated(),
                concentration.hysteresis());
    }

    public ConcentrationThresholds thresholds() {
        return thresholds;
    }

    public GmvConcentration of(DateRange window) throws SQLException {
        return GmvConcentration.of(reader.skuGmv(window).values(), thresholds);
    }
}
