package dev.shelfwise.clearance.stock.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One SKU line of an order: the day (shop time zone), its channel, units and money received. */
@Entity
@Table(name = "sale_line")
public class SaleLineRecord extends PanacheEntityBase {

    @Id
    public Long id;
    @Column(name = "event_id")
    public String eventId;
    public String sku;
    public String channel;
    public LocalDate day;
    public int units;
    /** quantity × unitPrice − discount. */
    public BigDecimal revenue;
    /** The line's unit cost; null when the platform did not send it. */
    @Column(name = "unit_cost")
    public BigDecimal unitCost;
}
