package dev.shelfwise.metrics.concentration.alerts.repository;

import dev.shelfwise.contracts.Promotion;
import dev.shelfwise.metrics.concentration.alerts.PromotionWindow;
import dev.shelfwise.metrics.indices.DateRange;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The promotions of promotions.v1 as a table: the latest value per id, deleted by a tombstone. */
@ApplicationScoped
public class PromotionRepository {
    private final AgroalDataSource dataSource;

    public PromotionRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Applies the latest record per promotion id of a batch in one transaction.
     *
     * @param latest promotion id → its latest value, empty for a tombstone
     */
    @Transactional(rollbackOn = Exception.class)
    public void apply(Map<String, Optional<Promotion>> latest) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement upsert = connection.prepareStatement("INSERT INTO promotion(id, name, start_day, end_day)"
                     + " VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name,"
                     + " start_day = EXCLUDED.start_day, end_day = EXCLUDED.end_day, updated_at = now()");
             PreparedStatement delete = connection.prepareStatement("DELETE FROM promotion WHERE id = ?")) {
            for (Map.Entry<String, Optional<Promotion>> entry : latest.entrySet()) {
                if (entry.getValue().isEmpty()) {
                    delete.setString(1, entry.getKey());
                    delete.addBatch();
                    continue;
                }
                Promotion promotion = entry.getValue().get();
                upsert.setString(1, entry.getKey());
                upsert.setString(2, promotion.name());
                upsert.setDate(3, Date.valueOf(promotion.start()));
                upsert.setDate(4, Date.valueOf(promotion.end()));
                upsert.addBatch();
            }
            upsert.executeBatch();
            delete.executeBatch();
        }
    }

    /** Every known promotion, running or not. */
    public List<PromotionWindow> windows() throws SQLException {
        List<PromotionWindow> windows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT id, start_day, end_day FROM promotion ORDER BY id");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                windows.add(new PromotionWindow(rows.getString(1),
                        DateRange.of(rows.getDate(2).toLocalDate(), rows.getDate(3).toLocalDate())));
            }
        }
        return windows;
    }
}
