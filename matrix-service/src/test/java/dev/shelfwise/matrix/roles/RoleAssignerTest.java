package dev.shelfwise.matrix.roles;

import static dev.shelfwise.matrix.roles.Fixtures.AS_OF;
import static dev.shelfwise.matrix.roles.Fixtures.CATEGORY;
import static dev.shelfwise.matrix.roles.Fixtures.d;
import static dev.shelfwise.matrix.roles.Fixtures.sku;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The whole engine over a category of nine ordinary "filler" SKUs (F1..F9: price 20·i, margin 30 %, GMV 100·i,
 * units and orders i, views 100·i, conversion 1 %, rating 4.0, 10·i reviews, no search data, old launch, fresh stock)
 * plus the SKUs under test. Fillers are all regular, so they never act as cross-sell anchors.
 */
class RoleAssignerTest {

    private static final RoleAssigner DEFAULT = new RoleAssigner(MatrixThresholds.DEFAULTS);

    private static ProductFacts filler(int i) {
        return sku("F" + i, String.valueOf(20 * i))
                .unitCost(BigDecimal.valueOf(14L * i))
                .gmv(BigDecimal.valueOf(100L * i))
                .units((long) i).orders((long) i).views(100L * i)
                .rating(d("4.0")).reviewCount(10 * i)
                .launchedOn(LocalDate.of(2020, 1, 1))
                .inventoryAgeDays(10).weeksOfCover(d("2"))
                .boughtTogetherLift(Map.of())
                .build();
    }

    private static ProductMatrix assign(RoleAssigner assigner, ProductFacts... subjects) {
        List<ProductFacts> products = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            products.add(filler(i));
        }
        products.addAll(Arrays.asList(subjects));
        return assigner.assign(products, AS_OF);
    }

    private static ProductAssessment only(ProductFacts subject) {
        return assign(DEFAULT, subject).find(subject.sku()).orElseThrow();
    }

    /** Discounted to half price, most viewed, best seller: traffic and hot-selling. */
    private static ProductFacts trafficAndHot() {
        return sku("S", "200").promoPrice(d("100")).unitCost(d("60")).gmv(d("5000")).units(50L).orders(50L)
                .views(1000L).rating(d("4.6")).reviewCount(5).build();
    }

    /** Best seller at list price, unrated. */
    private static ProductFacts hotOnly() {
        return sku("S", "100").unitCost(d("60")).gmv(d("5000")).units(50L).orders(50L).views(1000L).build();
    }

    /** Old stock of an expensive flagship that hardly sells. */
    private static ProductFacts eventAndImage() {
        return sku("S", "1000").units(0L).inventoryAgeDays(120).tags(Set.of("flagship")).build();
    }

    /** Expensive, hardly sells, very well rated. */
    private static ProductFacts imageAndWordOfMouth() {
        return sku("S", "1000").units(0L).rating(d("4.9")).reviewCount(500).build();
    }

    /** Very well rated, high margin, searched, ordered and converting, priced apart from the others. */
    private static ProductFacts wordOfMouthAndProfit(String id) {
        return sku(id, "1000").unitCost(d("300")).gmv(d("50")).units(8L).orders(8L).views(800L)
                .searchImpressions(5000L).rating(d("4.8")).reviewCount(500).build();
    }

    /** Profit only: as above, unrated. */
    private static ProductFacts profitOnly() {
        return sku("S", "1000").unitCost(d("300")).gmv(d("50")).units(8L).orders(8L).views(800L)
                .searchImpressions(5000L).build();
    }

    /** Cheap, high margin, bought with the hot-selling SKU "HOT" of another category. */
    private static ProductFacts crossSellAndProfit() {
        return sku("S", "10").unitCost(d("3")).gmv(d("50")).units(8L).orders(8L).views(800L)
                .searchImpressions(5000L).boughtTogetherLift(Map.of("HOT", d("2.5"))).build();
    }

    /** The only SKU of "garden": the best of its category on everything, so hot-selling. */
    private static ProductFacts hotInGarden() {
        return ProductFacts.builder("HOT", "garden", d("50")).unitCost(d("30")).gmv(d("1000")).units(10L)
                .orders(10L).views(100L).build();
    }

    /** Sells little, searched little. */
    private static ProductFacts regular() {
        return sku("S", "100").unitCost(d("70")).gmv(d("10")).units(1L).orders(1L).views(100L)
                .searchImpressions(5L).build();
    }

    @ParameterizedTest(name = "{0}: role {1}, matched [{2}], presale {3}")
    @CsvSource({
            "trafficAndHot,        traffic,       traffic;hot-selling,      true",
            "hotOnly,              hot-selling,   hot-selling,              true",
            "eventAndImage,        event,         event;image,              false",
            "imageAndWordOfMouth,  image,         image;word-of-mouth,      false",
            "wordOfMouthAndProfit, word-of-mouth, word-of-mouth;profit,     true",
            "crossSellAndProfit,   cross-sell,    cross-sell;profit,        false",
            "profitOnly,           profit,        profit,                   false",
            "regular,              regular,       '',                       false",
    })
    void priorityDecidesThePrimaryRole(String scenario, String role, String matched, boolean presale) {
        Map<String, Supplier<ProductAssessment>> scenarios = Map.of(
                "trafficAndHot", () -> only(trafficAndHot()),
                "hotOnly", () -> only(hotOnly()),
                "eventAndImage", () -> only(eventAndImage()),
                "imageAndWordOfMouth", () -> only(imageAndWordOfMouth()),
                "wordOfMouthAndProfit", () -> only(wordOfMouthAndProfit("S")),
                "crossSellAndProfit", () -> assign(DEFAULT, crossSellAndProfit(), hotInGarden()).find("S").orElseThrow(),
                "profitOnly", () -> only(profitOnly()),
                "regular", () -> only(regular()));

        ProductAssessment assessment = scenarios.get(scenario).get();

        assertEquals(Role.fromJson(role), assessment.role());
        List<Role> expectedMatched = matched.isEmpty() ? List.of()
                : Arrays.stream(matched.split(";")).map(Role::fromJson).toList();
        assertEquals(expectedMatched, assessment.matchedRoles());
        assertEquals(presale, assessment.presale());
    }

    @ParameterizedTest(name = "matched [{0}] -> {1}")
    @CsvSource({
            "'',                                        regular",
            "profit,                                    profit",
            "profit;cross-sell,                         cross-sell",
            "profit;cross-sell;word-of-mouth,           word-of-mouth",
            "word-of-mouth;image,                       image",
            "image;event;profit,                        event",
            "event;hot-selling,                         hot-selling",
            "hot-selling;traffic;profit,                traffic",
            "traffic;hot-selling;event;image;word-of-mouth;cross-sell;profit, traffic",
    })
    void primaryRoleTakesTheFirstMatchInDesignPriority(String matched, String expected) {
        Set<Role> roles = matched.isEmpty() ? Set.of()
                : Arrays.stream(matched.split(";")).map(Role::fromJson).collect(Collectors.toSet());

        assertEquals(Role.fromJson(expected), RoleAssigner.primaryRole(MatrixThresholds.DEFAULT_PRIORITY, roles));
    }

    @Test
    void priorityIsConfigurable() {
        List<Role> profitFirst = List.of(Role.PROFIT, Role.TRAFFIC, Role.HOT_SELLING, Role.EVENT, Role.IMAGE,
                Role.WORD_OF_MOUTH, Role.CROSS_SELL);
        RoleAssigner assigner = new RoleAssigner(MatrixThresholds.DEFAULTS.withPriority(profitFirst));

        ProductAssessment assessment = assign(assigner, wordOfMouthAndProfit("S")).find("S").orElseThrow();

        assertEquals(Role.PROFIT, assessment.role());
        assertEquals(List.of(Role.PROFIT, Role.WORD_OF_MOUTH), assessment.matchedRoles());
        assertFalse(assessment.presale());
        assertEquals("profit", assessment.reasons().get(0).rule(), "reasons follow the configured priority");
    }

    @Test
    void presaleRolesAreConfigurable() {
        RoleAssigner assigner = new RoleAssigner(MatrixThresholds.DEFAULTS.withPresaleRoles(Set.of(Role.EVENT)));

        assertTrue(assign(assigner, eventAndImage()).find("S").orElseThrow().presale());
        assertFalse(assign(assigner, hotOnly()).find("S").orElseThrow().presale());
    }

    @Test
    void fillersAreRegular() {
        ProductMatrix matrix = assign(DEFAULT);

        assertEquals(9, matrix.products().size());
        assertTrue(matrix.products().stream().allMatch(product -> product.role() == Role.REGULAR));
        assertTrue(matrix.products().stream().noneMatch(ProductAssessment::presale));
    }

    @Test
    void hotTypeFollowsTheHotSellingRuleWhateverThePrimaryRole() {
        ProductAssessment traffic = only(trafficAndHot());
        ProductAssessment profit = only(profitOnly());

        assertEquals(Role.TRAFFIC, traffic.role());
        assertEquals(Set.of(ProductType.HOT), traffic.types());
        assertEquals(Set.of(), profit.types());
    }

    @Test
    void typesAccumulate() {
        ProductFacts hotNewSpecialty = sku("S", "100").unitCost(d("60")).gmv(d("5000")).units(50L).orders(50L)
                .views(1000L).launchedOn(AS_OF.minusDays(10)).tags(Set.of("exclusive", "ip")).build();

        ProductAssessment assessment = only(hotNewSpecialty);

        assertEquals(EnumSet.allOf(ProductType.class), assessment.types());
        assertEquals(List.of(ProductType.HOT, ProductType.NEW, ProductType.SPECIALTY),
                List.copyOf(assessment.types()));
        assertEquals(Role.HOT_SELLING, assessment.role());
    }

    @Test
    void crossSellAnchorsAreSkusWhoseProfitRuleMatchesEvenWhenTheirRoleIsAnother() {
        // E is word-of-mouth by priority but its profit rule matches, so it anchors X.
        // Y is bought with X, which is only cross-sell: not an anchor, so Y is not cross-sell.
        ProductFacts e = wordOfMouthAndProfit("E");
        ProductFacts x = sku("X", "10").unitCost(d("8")).gmv(d("10")).units(1L).orders(1L).views(100L)
                .boughtTogetherLift(Map.of("E", d("3"))).build();
        ProductFacts y = sku("Y", "10").unitCost(d("8")).gmv(d("10")).units(1L).orders(1L).views(100L)
                .boughtTogetherLift(Map.of("X", d("5"))).build();

        ProductMatrix matrix = assign(DEFAULT, e, x, y);

        assertEquals(Role.WORD_OF_MOUTH, matrix.find("E").orElseThrow().role());
        assertTrue(matrix.find("E").orElseThrow().matchedRoles().contains(Role.PROFIT));
        ProductAssessment crossSell = matrix.find("X").orElseThrow();
        assertEquals(Role.CROSS_SELL, crossSell.role());
        assertEquals("with E", crossSell.reasonsFor("cross-sell").get(1).note());
        ProductAssessment notAnchored = matrix.find("Y").orElseThrow();
        assertEquals(Role.REGULAR, notAnchored.role());
        assertEquals(Boolean.FALSE, notAnchored.reasonsFor("cross-sell").get(1).passed());
    }

    @Test
    void anchorsMayBeInAnotherCategory() {
        ProductMatrix matrix = assign(DEFAULT, crossSellAndProfit(), hotInGarden());

        assertEquals(Role.HOT_SELLING, matrix.find("HOT").orElseThrow().role());
        assertEquals(Role.CROSS_SELL, matrix.find("S").orElseThrow().role());
    }

    @Test
    void everyConditionOfEveryRuleIsAReasonInPriorityOrder() {
        ProductAssessment assessment = only(regular());

        List<String> rules = assessment.reasons().stream().map(Reason::rule).distinct().toList();
        assertEquals(List.of("traffic", "hot-selling", "event", "image", "word-of-mouth", "cross-sell", "profit",
                "new", "specialty"), rules);
        Map<String, Long> perRule = assessment.reasons().stream()
                .collect(Collectors.groupingBy(Reason::rule, Collectors.counting()));
        assertEquals(Map.of("traffic", 3L, "hot-selling", 4L, "event", 2L, "image", 3L, "word-of-mouth", 2L,
                "cross-sell", 2L, "profit", 5L, "new", 1L, "specialty", 1L), perRule);
    }

    @Test
    void missingTrafficAndRatingDataIsNoDataNeverADefault() {
        ProductFacts bare = sku("N", "100").unitCost(d("70")).gmv(d("50")).units(5L).orders(5L).build();

        ProductAssessment assessment = only(bare);

        assertEquals(Role.REGULAR, assessment.role());
        Set<String> noData = assessment.reasons().stream()
                .filter(Reason::isNoData)
                .map(reason -> reason.rule() + "/" + reason.metric())
                .collect(Collectors.toSet());
        assertEquals(Set.of("traffic/views", "hot-selling/conversion", "hot-selling/rating",
                "event/inventory-age-days", "event/weeks-of-cover", "word-of-mouth/rating",
                "word-of-mouth/review-count", "cross-sell/bought-together-lift", "profit/search-impressions",
                "profit/conversion", "new/days-since-launch"), noData);
        assertTrue(assessment.reasons().stream().filter(Reason::isNoData)
                .allMatch(reason -> reason.note().startsWith(Reason.NO_DATA) && reason.value() == null));
        assertTrue(assessment.reasons().stream().filter(reason -> !reason.isNoData())
                .allMatch(reason -> reason.note() == null || !reason.note().startsWith(Reason.NO_DATA)));
    }

    @Test
    void matrixIsSortedByCategoryThenSkuAndKeepsTheDay() {
        ProductMatrix matrix = assign(DEFAULT, hotInGarden(), regular());

        List<String> order = matrix.products().stream().map(p -> p.category() + "/" + p.sku()).toList();
        assertEquals(Stream.concat(Stream.of("garden/HOT"),
                        Stream.of("F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9", "S").map(s -> CATEGORY + "/" + s))
                .toList(), order);
        assertEquals(AS_OF, matrix.asOf());
        assertEquals(0, d("10").compareTo(matrix.find("S").orElseThrow().gmv()));
    }

    @Test
    void matrixFiltersAndCountsRoles() {
        ProductMatrix matrix = assign(DEFAULT, hotInGarden(), trafficAndHot());

        assertEquals(List.of("S"), matrix.filter(CATEGORY, Role.TRAFFIC).stream().map(ProductAssessment::sku).toList());
        assertEquals(1, matrix.filter("garden", null).size());
        assertEquals(11, matrix.filter(null, null).size());
        assertTrue(matrix.find("nope").isEmpty());
        Map<Role, Integer> mix = matrix.roleMix(CATEGORY);
        assertEquals(Role.values().length, mix.size());
        assertEquals(1, mix.get(Role.TRAFFIC));
        assertEquals(9, mix.get(Role.REGULAR));
        assertEquals(0, mix.get(Role.PROFIT));
        assertEquals(1, matrix.roleMix(null).get(Role.HOT_SELLING));
    }

    @Test
    void duplicateSkusAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> assign(DEFAULT, regular(), regular()));
    }

    @Test
    void emptyInputGivesAnEmptyMatrix() {
        assertTrue(DEFAULT.assign(List.of(), AS_OF).products().isEmpty());
    }
}
