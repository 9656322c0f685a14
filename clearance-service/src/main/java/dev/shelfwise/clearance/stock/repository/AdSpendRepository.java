package dev.shelfwise.clearance.stock.repository;

import dev.shelfwise.clearance.stock.AdSpendSplit;
import dev.shelfwise.contracts.AdSpendEvent;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Daily ad spend per campaign and its shares per SKU: a snapshot per (campaign, day), the latest one wins. */
@ApplicationScoped
public class AdSpendRepository implements PanacheRepositoryBase<AdSpendShareRecord, Long> {

    /** Replaces the campaign's day, and its shares, with {@code event}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void upsert(AdSpendEvent event, String channel, List<AdSpendSplit.Share> shares) {
        Session session = getEntityManager().unwrap(Session.class);
        session.createNativeMutationQuery("""
                        INSERT INTO ad_spend (campaign_id, day, platform, channel, spend, impressions, clicks)
                        VALUES (:campaignId, :day, :platform, :channel, :spend, :impressions, :clicks)
                        ON CONFLICT (campaign_id, day) DO UPDATE SET platform = EXCLUDED.platform,
                            channel = EXCLUDED.channel, spend = EXCLUDED.spend, impressions = EXCLUDED.impressions,
                            clicks = EXCLUDED.clicks""")
                .setParameter("campaignId", event.campaignId(), String.class)
                .setParameter("day", event.date(), LocalDate.class)
                .setParameter("platform", event.platform(), String.class)
                .setParameter("channel", channel, String.class)
                .setParameter("spend", event.spend(), BigDecimal.class)
                .setParameter("impressions", event.impressions(), Long.class)
                .setParameter("clicks", event.clicks(), Long.class)
                .executeUpdate();
        // the SKU list of a corrected snapshot may differ: its shares replace the old ones wholesale
        session.createNativeMutationQuery("DELETE FROM ad_spend_share WHERE campaign_id = :campaignId AND day = :day")
                .setParameter("campaignId", event.campaignId(), String.class)
                .setParameter("day", event.date(), LocalDate.class)
                .executeUpdate();
        for (AdSpendSplit.Share share : shares) {
            session.createNativeMutationQuery("""
                            INSERT INTO ad_spend_share (campaign_id, day, sku, channel, spend, clicks)
                            VALUES (:campaignId, :day, :sku, :channel, :spend, :clicks)""")
                    .setParameter("campaignId", event.campaignId(), String.class)
                    .setParameter("day", event.date(), LocalDate.class)
                    .setParameter("sku", share.sku(), String.class)
                    .setParameter("channel", channel, String.class)
                    .setParameter("spend", share.spend(), BigDecimal.class)
                    .setParameter("clicks", share.clicks(), Long.class)
                    .executeUpdate();
        }
    }

    /** The SKU's shares from {@code from} to {@code to}, both included. */
    public List<AdSpendShareRecord> between(String sku, LocalDate from, LocalDate to) {
        return list("sku = ?1 and day between ?2 and ?3 order by day, id", sku, from, to);
    }

    /** The shares of these SKUs from {@code from} to {@code to}, by SKU, each as {@link #between} lists them. */
    public Map<String, List<AdSpendShareRecord>> betweenBySku(Collection<String> skus, LocalDate from, LocalDate to) {
        if (skus.isEmpty()) {
            return Map.of();
        }
        return list("sku in ?1 and day between ?2 and ?3 order by sku, day, id", skus, from, to).stream()
                .collect(Collectors.groupingBy(share -> share.sku, Collectors.toList()));
    }
}
