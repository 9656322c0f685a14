package dev.shelfwise.clearance.alerts.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A transition of an alert waiting for (or done with) webhook delivery: the outbox of the receivers. */
@Entity
@Table(name = "alert_transition")
public class AlertTransitionRecord extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;
    @Column(name = "alert_id")
    public String alertId;
    public String state;
    /** The AlertEvent JSON of this transition, as published. */
    public String event;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "webhook_pending")
    public boolean webhookPending;
    @Column(name = "delivery_claimed_until")
    public Instant deliveryClaimedUntil;
}
