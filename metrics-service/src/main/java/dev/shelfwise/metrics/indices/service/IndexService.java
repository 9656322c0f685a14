package dev.shelfwise.metrics.indices.service;

import dev.shelfwise.metrics.MetricsConfig;
import dev.shelfwise.metrics.api.AnswerCache;
import dev.shelfwise.metrics.api.BadParameterException;
import dev.shelfwise.metrics.api.Freshness;
import dev.shelfwise.metrics.indices.BandCutPoints;
import dev.shelfwise.metrics.indices.CategoryExplosion;
import dev.shelfwise.metrics.indices.CategoryPenetration;
import dev.shelfwise.metrics.indices.DailySales;
import dev.shelfwise.metrics.indices.DateRange;
import dev.shelfwise.metrics.indices.ExplosionCoefficient;
import dev.shelfwise.metrics.indices.NewCustomerIndex;
import dev.shelfwise.metrics.indices.NewCustomerIndexSettings;
import dev.shelfwise.metrics.indices.NewCustomerIndexTable;
import dev.shelfwise.metrics.indices.SalesTrend;
import dev.shelfwise.metrics.indices.SalesTrendReport;
import dev.shelfwise.metrics.rollups.RollupReader;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers the category index questions from the rollups with the plain-Java formulas of the indices package. Each
 * answer is served again until the rollups change ({@link AnswerCache}).
 */
@ApplicationScoped
public class IndexService {
    private final RollupReader reader;
    private final MetricsConfig config;
    private final NewCustomerIndex newCustomerIndex;
    private final AnswerCache answers;

    private record ExplosionQuestion(DateRange window, ExplosionCoefficient.Basis basis, int top) {
    }

    private record NewCustomerQuestion(int year) {
    }

    private record PenetrationQuestion(DateRange window) {
    }

    private record TrendQuestion(String category, DateRange window) {
    }

    public IndexService(RollupReader reader, MetricsConfig config, AnswerCache answers) {
        this.reader = reader;
        this.config = config;
        this.answers = answers;
        MetricsConfig.NewCustomer bands = config.newCustomer();
        this.newCustomerIndex = new NewCustomerIndex(new NewCustomerIndexSettings(
                new BandCutPoints(bands.veryHigh(), bands.high(), bands.low(), bands.veryLow()), bands.minOrders()));
    }

    public Freshness freshness() throws SQLException {
        return new Freshness(config.timezone().getId(), reader.completeThrough());
    }

    public List<CategoryExplosion> explosion(DateRange window, ExplosionCoefficient.Basis basis, int top)
            throws SQLException {
        return answers.get(new ExplosionQuestion(window, basis, top), () -> computeExplosion(window, basis, top));
    }

    private List<CategoryExplosion> computeExplosion(DateRange window, ExplosionCoefficient.Basis basis, int top)
            throws SQLException {
        DateRange reference = ExplosionCoefficient.defaultReference(window);
        Map<String, Map<LocalDate, java.math.BigDecimal>> sales =
                reader.categoryDailySales(DateRange.of(reference.start(), window.end()));
        Map<String, DailySales> byCategory = new LinkedHashMap<>();
        sales.forEach((category, days) -> byCategory.put(category, DailySales.of(days)));
        return ExplosionCoefficient.rank(byCategory, window, reference, basis, top);
    }

    public NewCustomerIndexTable newCustomerIndex(int year) throws SQLException {
        return answers.get(new NewCustomerQuestion(year), () -> {
            DateRange wholeYear = DateRange.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            return newCustomerIndex.table(reader.siteOrders(wholeYear), reader.categoryMonthOrders(wholeYear));
        });
    }

    public List<CategoryPenetration> crossCategory(DateRange window) throws SQLException {
        return answers.get(new PenetrationQuestion(window), () -> reader.penetration(window));
    }

    public SalesTrendReport trend(String category, DateRange window) throws SQLException {
        return answers.get(new TrendQuestion(category, window), () -> computeTrend(category, window));
    }

    private SalesTrendReport computeTrend(String category, DateRange window) throws SQLException {
        if (!reader.categoryExists(category)) {
            throw new BadParameterException("category", "unknown category '" + category + "': no sales recorded for it");
        }
        DateRange withLastYear = DateRange.of(window.minusYears(1).start(), window.end());
        return SalesTrend.of(category, DailySales.of(reader.dailySales(category, withLastYear)), window);
    }
}
