package dev.shelfwise.clearance.alerts.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** An alert episode of one kind and SKU: firing, then resolved. */
@Entity
@Table(name = "alert")
public class AlertRecord extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;
    public String id;
    public String kind;
    public String sku;
    public String state;
    public String severity;
    public String summary;
    @Column(name = "starts_at")
    public Instant startsAt;
    @Column(name = "ends_at")
    public Instant endsAt;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> figures = new LinkedHashMap<>();
    /** Incremented at every state change; {@link #publishedVersion} is the last one alerts.v1 acknowledged. */
    public int version;
    @Column(name = "published_version")
    public int publishedVersion;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
