package dev.shelfwise.clearance.alerts.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One webhook attempt of an alert's transition. */
@Entity
@Table(name = "alert_delivery")
public class DeliveryAttemptRecord extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "alert_id")
    public String alertId;
    public String state;
    /** The receiver's configured name. */
    public String receiver;
    public int attempt;
    @Column(name = "attempted_at")
    public Instant attemptedAt;
    /** Null when no answer came. */
    @Column(name = "status_code")
    public Integer statusCode;
    public String error;
}
