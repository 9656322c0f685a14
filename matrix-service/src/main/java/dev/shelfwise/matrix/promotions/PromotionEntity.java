package dev.shelfwise.matrix.promotions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** A promotion as stored; the source of truth that promotions.v1 mirrors. */
@Entity
@Table(name = "promotion")
public class PromotionEntity {
    @Id
    public String id;
    public String name;
    public String theme;
    @Column(name = "start_date")
    public LocalDate start;
    @Column(name = "end_date")
    public LocalDate end;
    public String goal;
    @Column(name = "core_count")
    public int coreCount;
    @Column(name = "auxiliary_count")
    public int auxiliaryCount;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
