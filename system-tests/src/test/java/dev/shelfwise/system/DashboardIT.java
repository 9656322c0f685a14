package dev.shelfwise.system;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.Color;
import org.openqa.selenium.support.ui.Select;

import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dashboard in a real browser (Debian's Chromium, headless) against the packaged services: a known data set posted
 * through order-ingest, then read off the page as a person would see it. Year 2021 belongs to this test alone; its
 * orders of "today" use their own SKUs. Screenshots: target/screenshots. The stack configures no webhook receiver, so
 * the alerts' delivery state the page shows is the services' "no receiver" one: the page must show what they say.
 */
class DashboardIT {
    private static final Duration WAIT = Duration.ofMinutes(2);
    /** The band colours of the dashboard's legend (README, "dashboard"): DESIGN.md §4, bright red → dark blue. */
    private static final int VERY_HIGH = 0xe31a1c;
    private static final int HIGH = 0xfb9a99;
    private static final int VERY_LOW = 0x08306b;
    private static final int SPREAD_SKUS = 200;
    private static final DateTimeFormatter SHOWN_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private static DashboardBrowser browser;
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @RegisterExtension
    final TestWatcher screenshotOnFailure = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (browser != null) {
                browser.screenshot("failed-" + context.getRequiredTestMethod().getName());
            }
        }
    };

    @BeforeAll
    static void startBrowser() {
        browser = new DashboardBrowser();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private String order(String id, String customer, Object placedAt, String sku, String category, int quantity,
                         String unitPrice) {
        return "{\"orderId\":\"dash-" + run + "-" + id + "\",\"customerId\":\"dash-" + run + "-" + customer
                + "\",\"placedAt\":\"" + placedAt + "\",\"currency\":\"USD\",\"lines\":[{\"sku\":\"" + sku
                + "\",\"category\":\"" + category + "\",\"quantity\":" + quantity + ",\"unitPrice\":\"" + unitPrice + "\"}]}";
    }

    private static String day(int month, int index, String time) {
        return String.format("2021-%02d-%02dT%sZ", month, 1 + index % 28, time);
    }

    @Test
    void heatMapShowsTheIndexOfGardenInMarch2021InTheColourOfItsBand() {
        List<String> orders = new ArrayList<>();
        // 165 customers start with toys in January: all 165 toys orders of January are new-customer orders
        for (int c = 0; c < 165; c++) {
            orders.add(order("jan-" + c, "t" + c, day(1, c, "10:00:00"), "TOY-1", "toys", 1, "20.00"));
        }
        // garden in March: 35 customers start there, 15 toys customers come back for it → 35 of 50 are new
        for (int c = 0; c < 35; c++) {
            orders.add(order("mar-new-" + c, "g" + c, day(3, c, "10:00:00"), "GDN-1", "garden", 1, "15.00"));
        }
        for (int c = 0; c < 15; c++) {
            orders.add(order("mar-ret-" + c, "t" + c, day(3, c, "12:00:00"), "GDN-2", "garden", 1, "15.00"));
        }
        // 60 toys customers come back in June: none of those orders is new
        for (int c = 0; c < 60; c++) {
            orders.add(order("jun-" + c, "t" + (15 + c), day(6, c, "10:00:00"), "TOY-2", "toys", 1, "20.00"));
        }
        // 115 more returning toys orders from July to November, and 10 in July in a category of this run alone: too
        // few orders there for an index
        for (int i = 0; i < 115; i++) {
            orders.add(order("late-" + i, "t" + (75 + i % 90), day(7 + i % 5, i, "15:00:00"), "TOY-3", "toys", 1, "20.00"));
        }
        String rare = "rare-" + run;
        for (int i = 0; i < 10; i++) {
            orders.add(order("rare-" + i, "t" + i, day(7, i, "16:00:00"), "RARE-1", rare, 1, "20.00"));
        }
        Stack.post("orders", orders);
        // site: 200 new-customer orders of 400 → 0.5; garden in March: (35 / 50) / 0.5 = 1.40, band high;
        // toys in January: (165 / 165) / 0.5 = 2.00, very high; toys in June: 0 / 60 → 0.00, very low
        Map<String, Object> gardenMarch = Stack.eventually(() -> cell("garden", "2021-03"),
                cell -> cell != null && ((Number) cell.get("orders")).intValue() == 50, WAIT);
        assertEquals(0, new BigDecimal("1.4").compareTo(new BigDecimal(gardenMarch.get("index").toString())), gardenMarch.toString());
        assertEquals("high", gardenMarch.get("band"));

        browser.open("");
        new Select(browser.find("#heatmap-year")).selectByValue("2021");
        WebElement chart = browser.find("#heatmap-chart");
        browser.waitFor(WAIT, "the 2021 heat map with garden in March and the rare category", driver ->
                !browser.textCentres("heatmap-chart", rare).isEmpty()
                        && !browser.textCentres("heatmap-chart", "1.40").isEmpty());
        browser.show(browser.find("#heatmap"));

        double columnWidth = x("Apr") - x("Mar");
        assertTrue(columnWidth > 20, "months are " + columnWidth + " px apart");
        BufferedImage picture = browser.picture(chart);
        assertCell(picture, "garden", "Mar", "1.40", HIGH, columnWidth);
        assertCell(picture, "toys", "Jan", "2.00", VERY_HIGH, columnWidth);
        assertCell(picture, "toys", "Jun", "0.00", VERY_LOW, columnWidth);
        // the rare category in July: 10 orders, insufficient data: grey (hatched), neither red nor blue
        int[] grey = average(picture, (int) (x("Jul") + 0.3 * columnWidth), (int) y(rare), 4);
        assertTrue(Math.abs(grey[0] - grey[1]) < 20 && Math.abs(grey[1] - grey[2]) < 20 && grey[0] > 100 && grey[0] < 225,
                rare + " in July should be grey, is rgb" + java.util.Arrays.toString(grey));
        // the legend explains the colour of the high band
        assertEquals("#fb9a99", Color.fromString(browser.find("#heatmap-legend li[data-band='high'] .swatch")
                .getCssValue("background-color")).asHex());
        browser.screenshot("heatmap-2021", browser.find("#heatmap"));
    }

    private static Map<String, Object> cell(String category, String month) {
        JsonPath table = given().queryParam("year", 2021).when().get(Stack.METRICS + "/v1/indices/new-customer")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> cells = table.getList("cells");
        return cells.stream().filter(c -> category.equals(c.get("category")) && month.equals(c.get("month")))
                .findFirst().orElse(null);
    }

    private static double x(String month) {
        return only("heatmap-chart", month).get("x").doubleValue();
    }

    private static double y(String category) {
        return only("heatmap-chart", category).get("y").doubleValue();
    }

    private static Map<String, Number> only(String chart, String text) {
        List<Map<String, Number>> found = browser.textCentres(chart, text);
        assertEquals(1, found.size(), "one '" + text + "' in " + chart + ", found " + found);
        return found.get(0);
    }

    /** The cell at (month, category) prints {@code index} at its centre and is filled with {@code rgb}. */
    private static void assertCell(BufferedImage picture, String category, String month, String index, int rgb,
                                   double columnWidth) {
        double cx = x(month);
        double cy = y(category);
        boolean printed = browser.textCentres("heatmap-chart", index).stream()
                .anyMatch(p -> Math.abs(p.get("x").doubleValue() - cx) < 4 && Math.abs(p.get("y").doubleValue() - cy) < 4);
        assertTrue(printed, category + " in " + month + " should read " + index);
        // beside the printed index, inside the cell
        int[] seen = average(picture, (int) (cx + 0.3 * columnWidth), (int) cy, 2);
        int[] expected = {rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff};
        for (int channel = 0; channel < 3; channel++) {
            assertTrue(Math.abs(seen[channel] - expected[channel]) <= 6, category + " in " + month + " is rgb"
                    + java.util.Arrays.toString(seen) + ", its band's colour is rgb" + java.util.Arrays.toString(expected));
        }
    }

    /** The mean colour of the square of side 2r+1 around (x, y). */
    private static int[] average(BufferedImage picture, int x, int y, int r) {
        long red = 0;
        long green = 0;
        long blue = 0;
        int count = 0;
        for (int px = x - r; px <= x + r; px++) {
            for (int py = y - r; py <= y + r; py++) {
                int pixel = picture.getRGB(px, py);
                red += pixel >> 16 & 0xff;
                green += pixel >> 8 & 0xff;
                blue += pixel & 0xff;
                count++;
            }
        }
        return new int[]{(int) (red / count), (int) (green / count), (int) (blue / count)};
    }

    /** 200 SKUs selling {@code quantity} × 100.00 each today: a spread that no top 1 % dominates. */
    private void postSpread(OffsetDateTime at, int quantity) {
        List<String> orders = new ArrayList<>();
        for (int i = 0; i < SPREAD_SKUS; i++) {
            orders.add(order("spread-" + i, "s" + i, at, "DSH-" + run + "-S" + i, "dashboard", quantity, "100.00"));
        }
        Stack.post("orders", orders);
    }

    private static OffsetDateTime minutesAgo(long minutes) {
        return OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(minutes).truncatedTo(ChronoUnit.SECONDS);
    }

    @Test
    void lorenzCurveAndHistogramDrawTheConcentrationOfTheAlertsWindow() {
        postSpread(minutesAgo(10), 1);
        browser.open("");
        WebElement range = browser.find("#health-range");
        String shown = browser.waitFor(WAIT, "the health window", driver -> range.getText().isBlank() ? null : range.getText());
        String[] fromTo = shown.split(" – ");
        // the page and metrics-service agree once the spread is consumed
        JsonPath figures = Stack.eventually(() -> concentration(fromTo[0], fromTo[1]),
                json -> json.getInt("activeSkus") >= 200, WAIT);
        String activeSkus = String.format("%,d", figures.getInt("activeSkus"));
        browser.waitFor(WAIT, "the active SKUs of the window on the page",
                driver -> browser.find("[data-kpi='active SKUs'] .value").getText().equals(activeSkus));
        assertEquals(String.format(java.util.Locale.ROOT, "%.3f", figures.getDouble("gini")),
                browser.find("[data-kpi='Gini'] .value").getText());

        browser.show(browser.find("#health"));
        // the curve is a path with a vertex per point, from (0, 0) to (1, 1): the box of the equality diagonal
        List<Map<String, Object>> lines = browser.script("""
                const line = colour => [...document.querySelectorAll('#lorenz-chart svg path')]
                    .filter(p => (p.getAttribute('stroke') || '').toLowerCase() === colour)
                    .map(p => { const b = p.getBBox(); return {points: (p.getAttribute('d').match(/[ML]/g) || []).length,
                                                            x: b.x, y: b.y, width: b.width, height: b.height}; });
                return [...line('#e8590c'), ...line('#9aa5b1')];""");
        assertEquals(2, lines.size(), "the Lorenz curve and the equality diagonal: " + lines);
        Map<String, Object> curve = lines.get(0);
        Map<String, Object> diagonal = lines.get(1);
        assertEquals(figures.getList("lorenz").size(), ((Number) curve.get("points")).intValue(), "a vertex per point");
        for (String side : List.of("x", "y", "width", "height")) {
            assertEquals(((Number) diagonal.get(side)).doubleValue(), ((Number) curve.get(side)).doubleValue(), 1.5,
                    side + " of the curve " + curve + " against the diagonal " + diagonal);
        }
        assertTrue(((Number) diagonal.get("width")).doubleValue() > 300, "a chart of real size: " + diagonal);

        long bars = browser.script("""
                return [...document.querySelectorAll('#histogram-chart svg path')]
                    .filter(p => (p.getAttribute('fill') || '').toLowerCase() === '#1c7ed6').length;""");
        assertEquals(figures.getList("histogram").size(), bars, "a bar per GMV bucket");
        browser.screenshot("sales-distribution", browser.find("#health"));
    }

    private static JsonPath concentration(String from, String to) {
        return given().queryParam("from", from).queryParam("to", to).when().get(Stack.METRICS + "/v1/concentration")
                .then().statusCode(200).extract().jsonPath();
    }

    /** The row's delivery cell shows the delivery state and summary the service gives for that alert. */
    private static void assertShowsDelivery(WebElement row, String service) {
        String id = row.getAttribute("data-alert-id");
        JsonPath alert = given().when().get(service + "/v1/alerts/{id}", id).then().statusCode(200).extract().jsonPath();
        WebElement shown = row.findElement(org.openqa.selenium.By.cssSelector(".delivery[data-delivery]"));
        assertEquals(alert.getString("delivery.state"), shown.getAttribute("data-delivery"), id);
        assertEquals(alert.getString("delivery.summary"), shown.getText(), id);
        assertFalse(shown.getText().isBlank(), "a delivery state for " + id);
    }

    @Test
    void aRestockWarningShowsItsDeliveryState() {
        String sku = "DSH-" + run + "-CLR";
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        // 500 units, all 181-270 days old, nothing sold: the SKU needs clearance, and a purchase order restocks it
        Stack.post("inventory", List.of("{\"sku\":\"" + sku + "\",\"at\":\"" + now.minusHours(2) + "\",\"onHand\":500,"
                + "\"inbound\":0,\"unitCost\":4,\"ageBuckets\":{\"181-270\":500},\"storageFeePerUnitMonth\":0.3,"
                + "\"disposalFeePerUnit\":1}"));
        Stack.eventually(() -> given().when().get(Stack.CLEARANCE + "/v1/clearance/skus/" + sku + "/channels").statusCode(),
                status -> status == 200, WAIT);
        Stack.post("purchase-orders", List.of("{\"poId\":\"PO-" + run + "\",\"sku\":\"" + sku + "\",\"quantity\":300,"
                + "\"at\":\"" + now.minusMinutes(5) + "\"}"));

        browser.open("");
        WebElement warning = browser.waitFor(WAIT, "the restock warning of " + sku, driver ->
                browser.findAll("#clearance-warnings li[data-alert-id]").stream()
                        .filter(item -> item.getText().contains(sku)).findFirst().orElse(null));
        browser.show(browser.find("#clearance"));
        assertTrue(warning.getText().contains("restocking what you are clearing"), warning.getText());
        assertShowsDelivery(warning, Stack.CLEARANCE);
        browser.screenshot("restock-warning", browser.find("#clearance-warnings"));
    }

    @Test
    void anOverConcentratingBurstRaisesAnAlertThatAppearsInTheList() {
        // A spread first, so that whatever fired on today's data before resolves and the alert after the burst is a
        // new one. Sized on what today's window already holds (other tests post orders of today too): 200 SKUs of a
        // tenth of that GMV each (at least 100.00) leave the top 1 % (at most 10 SKUs up to 1,000) well under 80 %.
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        BigDecimal before = new BigDecimal(concentration(today.minusDays(1).toString(), today.plusDays(1).toString())
                .getString("gmv"));
        int spreadQuantity = before.divide(BigDecimal.valueOf(10 * 100), 0, RoundingMode.UP).max(BigDecimal.ONE).intValueExact();
        postSpread(minutesAgo(10), spreadQuantity);
        browser.open("");
        browser.waitFor(WAIT, "no over-concentration alert on the last two days before the burst",
                driver -> browser.findAll("#alerts-table tr[data-kind='gmv-over-concentration'][data-scope='trailing-24h']").isEmpty()
                        && browser.find("#health-badge").getText().equals("healthy"));

        // one SKU sells 100 orders at 5,000.00 a unit for at least twenty times the window's GMV: over 95 % of it is
        // then in the top 1 % of SKUs
        BigDecimal window = before.add(BigDecimal.valueOf(100L * spreadQuantity * SPREAD_SKUS));
        int quantity = window.multiply(BigDecimal.valueOf(20)).divide(BigDecimal.valueOf(100 * 5_000), 0, RoundingMode.UP)
                .max(BigDecimal.TEN).intValueExact();
        Instant burstPosted = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        OffsetDateTime at = minutesAgo(5);
        List<String> burst = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            burst.add(order("burst-" + i, "b" + i, at, "DSH-" + run + "-HOT", "dashboard", quantity, "5000.00"));
        }
        Stack.post("orders", burst);

        String critical = "#alerts-table tr[data-kind='gmv-over-concentration'][data-scope='trailing-24h']"
                + ":has(.badge.critical)";
        WebElement row = browser.waitFor(WAIT, "a critical over-concentration alert in the list",
                driver -> browser.findAll(critical).stream().findFirst().orElse(null));
        browser.show(browser.find("#alerts-table"));
        String started = row.findElement(org.openqa.selenium.By.cssSelector("td.started")).getText();
        String[] timeAndZone = started.split(" (?=[^ ]+$)");
        Instant startsAt = java.time.LocalDateTime.parse(timeAndZone[0], SHOWN_TIME).atZone(java.time.ZoneId.of(timeAndZone[1]))
                .toInstant();
        assertFalse(startsAt.isBefore(burstPosted), "fired at " + startsAt + ", the burst was posted at " + burstPosted);
        String figures = row.findElement(org.openqa.selenium.By.cssSelector("td.figures")).getText();
        double share = Double.parseDouble(figures.replaceAll("(?s).*top 1 % share ([0-9.]+) %.*", "$1"));
        assertTrue(share > 90, figures);
        int active = Integer.parseInt(figures.replaceAll("(?s).*?([0-9,]+) active SKUs.*", "$1").replace(",", ""));
        assertTrue(active >= SPREAD_SKUS + 1, "the spread and the burst SKU are active: " + figures);
        assertTrue(row.getText().contains("above the critical level of 90 %"), row.getText());
        assertShowsDelivery(row, Stack.METRICS);
        browser.waitFor(WAIT, "the status badge", driver -> browser.find("#health-badge").getText().equals("over-concentrated"));
        browser.screenshot("over-concentration-alert", browser.find("#health"));
        browser.screenshot("dashboard");
    }
}
