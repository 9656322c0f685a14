package dev.shelfwise.matrix;

import dev.shelfwise.matrix.roles.MatrixThresholds;
import dev.shelfwise.matrix.strategy.GoalWeights;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The configuration's defaults are DESIGN.md's: the same thresholds and weights the domain engine documents. */
@QuarkusTest
class MatrixConfigTest {

    @Inject
    MatrixConfig config;

    @Test
    void defaultThresholdsAreTheDesignDefaults() {
        assertEquals(MatrixThresholds.DEFAULTS, MatrixSettings.thresholds(config));
    }

    @Test
    void defaultWeightsAreTheDesignDefaults() {
        assertEquals(GoalWeights.DEFAULTS, MatrixSettings.weights(config));
    }

    @Test
    void otherDefaults() {
        assertEquals(ZoneOffset.UTC, config.zone().normalized());
        assertEquals(90, config.basket().windowDays());
        assertEquals(3, config.basket().minPairOrders());
        assertEquals(90, config.strategy().excessDaysOfSupply());
    }
}
