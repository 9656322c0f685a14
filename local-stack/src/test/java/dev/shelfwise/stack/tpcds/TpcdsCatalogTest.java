package dev.shelfwise.stack.tpcds;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static dev.shelfwise.stack.tpcds.Rows.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

class TpcdsCatalogTest {
    private static final TpcdsCalendar SAME_YEARS = new TpcdsCalendar(0);

    @Test
    void everyVersionLeadsToTheCurrentOneAndTheFirstStartIsTheLaunch() {
        TpcdsCatalog catalog = TpcdsCatalog.of(List.of(
                item(2, "AAAAAAAACAAAAAAA", "1997-10-27", "2000-10-26", "Women", "1.12", "0.38", "able"),
                item(3, "AAAAAAAACAAAAAAA", "2000-10-27", null, "Home & Garden", "7.11", "0.50", "pri"),
                item(1, "AAAAAAAABAAAAAAA", "1997-10-27", null, "Music", "27.02", "23.23", "ought")));
        TpcdsCatalog.Product old = catalog.byItemSk(2L);
        assertSame(old, catalog.byItemSk(3L));
        assertEquals(new TpcdsCatalog.Product("AAAAAAAACAAAAAAA", "home-garden", "pri", new BigDecimal("7.11"),
                new BigDecimal("0.50"), LocalDate.parse("1997-10-27")), old);
        assertEquals(2, catalog.products().size());
        assertEquals(3, catalog.versions());
        assertNull(catalog.byItemSk(99L));
    }

    @Test
    void aMissingCategoryIsTakenFromAnotherVersionElseUncategorized() {
        TpcdsCatalog catalog = TpcdsCatalog.of(List.of(
                item(4, "E", "1997-10-27", "1999-10-27", "Children", "1.35", "0.85", "ese"),
                item(5, "E", "1999-10-28", null, null, "4.00", "1.76", "anti"),
                item(6, "F", "1997-10-27", null, null, "4.00", "1.76", "cally")));
        assertEquals("children", catalog.bySku("E").category());
        assertEquals(TpcdsCatalog.UNCATEGORIZED, catalog.bySku("F").category());
        assertEquals(1, catalog.uncategorized());
    }

    @Test
    void theCatalogEventCarriesPriceCostAndShiftedLaunch() {
        TpcdsCatalog catalog = TpcdsCatalog.of(List.of(item(1, "B", "1997-10-27", null, "Music", "27.02", null, "ought")));
        Map<String, Object> event = TpcdsCatalog.catalogEvent(catalog.bySku("B"), new TpcdsCalendar(22));
        assertEquals(Map.of("sku", "B", "category", "music", "name", "ought", "listPrice", new BigDecimal("27.02"),
                "launchedAt", "2019-10-27", "tags", List.of()), event);
    }

    @Test
    void anItemWithoutPriceMakesNoCatalogEvent() {
        TpcdsCatalog catalog = TpcdsCatalog.of(List.of(item(1, "B", "1997-10-27", null, "Music", null, "1.00", "ought")));
        assertNull(TpcdsCatalog.catalogEvent(catalog.bySku("B"), SAME_YEARS));
    }

    @ParameterizedTest
    @CsvSource({"Books, books", "Home & Garden, home-garden", "' Men ', men", "'&', ''"})
    void categoriesBecomeIds(String category, String id) {
        assertEquals(id.isEmpty() ? null : id, TpcdsCatalog.categoryId(category));
    }
}
