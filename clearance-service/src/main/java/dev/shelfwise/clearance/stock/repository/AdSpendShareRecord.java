package dev.shelfwise.clearance.stock.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One SKU's share of a campaign's day of ad spend (see {@code AdSpendSplit}). */
@Entity
@Table(name = "ad_spend_share")
public class AdSpendShareRecord extends PanacheEntityBase {

    @Id
    public Long id;
    @Column(name = "campaign_id")
    public String campaignId;
    public LocalDate day;
    public String sku;
    public String channel;
    public BigDecimal spend;
    public long clicks;
}
