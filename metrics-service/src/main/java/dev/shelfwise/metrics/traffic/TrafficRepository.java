package dev.shelfwise.metrics.traffic;

import dev.shelfwise.contracts.TrafficEvent;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;

/** The latest traffic snapshot per SKU and day, and the SKUs whose published stats it changes. */
@ApplicationScoped
public class TrafficRepository {
    private final AgroalDataSource dataSource;

    public TrafficRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Stores the snapshots in one transaction; a SKU-day seen before is replaced (latest wins). */
    @Transactional
    public void store(Collection<TrafficEvent> snapshots) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement upsert = connection.prepareStatement("INSERT INTO sku_traffic_day(sku, day, views,"
                     + " search_impressions, add_to_cart) VALUES (?, ?, ?, ?, ?) ON CONFLICT (sku, day) DO UPDATE SET"
                     + " views = EXCLUDED.views, search_impressions = EXCLUDED.search_impressions,"
                     + " add_to_cart = EXCLUDED.add_to_cart");
             PreparedStatement dirty = connection.prepareStatement(
                     "INSERT INTO stats_dirty(kind, key) VALUES ('sku', ?) ON CONFLICT DO NOTHING")) {
            for (TrafficEvent traffic : snapshots) {
                upsert.setString(1, traffic.sku());
                upsert.setDate(2, Date.valueOf(traffic.date()));
                upsert.setLong(3, traffic.views());
                upsert.setLong(4, traffic.searchImpressions());
                upsert.setLong(5, traffic.addToCart());
                upsert.addBatch();
                dirty.setString(1, traffic.sku());
                dirty.addBatch();
            }
            upsert.executeBatch();
            dirty.executeBatch();
        }
    }
}
