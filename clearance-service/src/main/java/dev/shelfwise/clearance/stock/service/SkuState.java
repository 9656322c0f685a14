package dev.shelfwise.clearance.stock.service;

import dev.shelfwise.clearance.stock.ClearanceNeed;
import dev.shelfwise.clearance.stock.repository.InventoryRecord;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the service knows of a SKU today.
 *
 * @param today      the day it was assessed (shop time zone)
 * @param inventory  its latest inventory snapshot
 * @param need       whether it needs clearance, and why
 * @param dailyUnits average units sold per day over the velocity window
 * @param price      average selling price over the velocity window, else its latest selling price; null when it
 *                   never sold
 */
public record SkuState(String sku, LocalDate today, InventoryRecord inventory, ClearanceNeed need,
                       BigDecimal dailyUnits, BigDecimal price) {
}
