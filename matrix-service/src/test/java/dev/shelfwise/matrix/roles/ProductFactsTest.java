package dev.shelfwise.matrix.roles;

import static dev.shelfwise.matrix.roles.Fixtures.d;
import static dev.shelfwise.matrix.roles.Fixtures.sku;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProductFactsTest {

    @ParameterizedTest(name = "list {0}, promo {1}, cost {2} -> price {3}, ratio {4}, margin {5}")
    @CsvSource(nullValues = "?", value = {
            "100, ?,  60, 100, 1,    0.4",
            "100, 50, 40, 50,  0.5,  0.2",
            "100, 80, 90, 80,  0.8,  -0.125",  // below cost: negative margin
            "100, 50, ?,  50,  0.5,  ?",       // unknown cost: unknown margin
    })
    void priceRatioAndMargin(BigDecimal list, BigDecimal promo, BigDecimal cost, BigDecimal price,
                             BigDecimal ratio, BigDecimal margin) {
        ProductFacts facts = sku("S", list.toPlainString()).promoPrice(promo).unitCost(cost).build();

        assertEquals(0, price.compareTo(facts.price()));
        assertEquals(0, ratio.compareTo(facts.promoPriceRatio()));
        if (margin == null) {
            assertNull(facts.margin());
        } else {
            assertEquals(0, margin.compareTo(facts.margin()));
        }
    }

    @ParameterizedTest(name = "orders {0} / views {1} -> {2}")
    @CsvSource(nullValues = "?", value = {
            "5,  100, 0.05",
            "0,  100, 0",
            "5,  0,   ?",     // no views: conversion undefined, not zero
            "5,  ?,   ?",     // no traffic data
            "?,  100, ?",
    })
    void conversion(Long orders, Long views, BigDecimal expected) {
        ProductFacts facts = sku("S", "10").orders(orders).views(views).build();

        if (expected == null) {
            assertNull(facts.conversion());
        } else {
            assertEquals(0, expected.compareTo(facts.conversion()));
        }
    }

    @Test
    void daysSinceLaunch() {
        ProductFacts facts = sku("S", "10").launchedOn(LocalDate.of(2025, 5, 1)).build();

        assertEquals(31L, facts.daysSinceLaunch(LocalDate.of(2025, 6, 1)));
        assertNull(sku("S", "10").build().daysSinceLaunch(LocalDate.of(2025, 6, 1)));
    }

    @Test
    void absentTagsAreNoTagsAndCollectionsAreCopied() {
        ProductFacts facts = new ProductFacts("S", "c", d("10"), null, null, null, null, null, null, null, null, null,
                null, null, null, null, null);
        Map<String, BigDecimal> lifts = new HashMap<>(Map.of("X", d("3")));
        ProductFacts withLifts = sku("S", "10").boughtTogetherLift(lifts).tags(List.of("ip", "flagship")).build();
        lifts.clear();

        assertTrue(facts.tags().isEmpty());
        assertNull(facts.boughtTogetherLift());
        assertEquals(Map.of("X", d("3")), withLifts.boughtTogetherLift());
        assertEquals(List.of("flagship", "ip"), withLifts.sortedTags());
    }

    @Test
    void invalidFactsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> sku(" ", "10").build());
        assertThrows(IllegalArgumentException.class, () -> ProductFacts.builder("S", "", d("10")).build());
        assertThrows(NullPointerException.class, () -> ProductFacts.builder("S", "c", null).build());
        assertThrows(IllegalArgumentException.class, () -> sku("S", "0").build());
        assertThrows(IllegalArgumentException.class, () -> sku("S", "10").promoPrice(d("0")).build());
        assertThrows(IllegalArgumentException.class, () -> sku("S", "10").views(-1L).build());
        assertThrows(IllegalArgumentException.class, () -> sku("S", "10").gmv(d("-1")).build());
        assertThrows(IllegalArgumentException.class, () -> sku("S", "10").reviewCount(-1).build());
        assertThrows(IllegalArgumentException.class, () -> sku("S", "10").inventoryAgeDays(-1).build());
    }
}
