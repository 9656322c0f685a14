package dev.shelfwise.dashboard.page;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The page works offline: everything it loads (styles, its ES modules, ECharts) is served by the dashboard itself,
 * found by following the page's references and module imports from {@code /}.
 */
@QuarkusTest
class StaticPageTest {
    private static final Pattern HTML_REFERENCE = Pattern.compile("(?:src|href)=\"([^\"#][^\"]*)\"");
    private static final Pattern MODULE_IMPORT = Pattern.compile("(?m)^\\s*import\\s[^;]*?from\\s+'([^']+)'");
    private static final String ECHARTS = "/webjars/echarts/dist/echarts.esm.min.js";

    @Test
    void thePageHasAChartForEveryView() {
        String page = given().when().get("/").then().statusCode(200).contentType("text/html").extract().asString();
        for (String chart : List.of("ingest-chart", "lag-chart", "heatmap-chart", "explosion-chart", "penetration-chart",
                "lorenz-chart", "histogram-chart", "clearance-cpa-chart", "clearance-measured-chart")) {
            assertTrue(page.contains("id=\"" + chart + "\""), "no element for " + chart);
        }
        assertTrue(page.contains("id=\"alerts-table\"") && page.contains("id=\"matrix-table\""), "tables missing");
    }

    /** Both alert lists show each alert's delivery to the webhook receivers with the one helper that formats it. */
    @Test
    void bothAlertListsShowTheDeliveryState() {
        String page = given().when().get("/").then().statusCode(200).extract().asString();
        assertTrue(page.matches("(?s).*id=\"alerts-table\">\\s*<thead><tr>.*<th>delivery</th></tr></thead>.*"),
                "the over-concentration alerts have a delivery column");
        String format = given().when().get("/js/format.js").then().statusCode(200).extract().asString();
        assertTrue(format.contains("export function delivery(alert, timeZone)"), "format.js formats the delivery");
        for (String view : List.of("/js/views/health.js", "/js/views/clearance.js")) {
            String script = given().when().get(view).then().statusCode(200).extract().asString();
            assertTrue(script.matches("(?s).*import \\{[^}]*\\bdelivery\\b[^}]*} from '\\.\\./format\\.js'.*")
                    && script.contains("delivery("), view + " shows the delivery");
        }
    }

    @Test
    void everythingThePageLoadsIsServedHereAndNothingComesFromElsewhere() {
        Set<String> loaded = new LinkedHashSet<>();
        Deque<String> toLoad = new ArrayDeque<>(List.of("/"));
        while (!toLoad.isEmpty()) {
            String path = toLoad.pop();
            if (!loaded.add(path)) {
                continue;
            }
            Response response = given().when().get(path);
            assertEquals(200, response.statusCode(), path + " is not served");
            if (path.equals(ECHARTS)) {
                assertTrue(response.contentType().contains("javascript"), response.contentType());
                continue; // the library itself: its own strings may name URLs (the SVG namespace), it loads none
            }
            String text = response.asString();
            assertFalse(text.matches("(?s).*https?://.*"), path + " names an absolute URL: the page must work offline");
            Matcher references = (path.endsWith(".js") ? MODULE_IMPORT : HTML_REFERENCE).matcher(text);
            while (references.find()) {
                toLoad.add(URI.create("http://dashboard" + path).resolve(references.group(1)).getPath());
            }
        }
        assertTrue(loaded.contains(ECHARTS), "ECharts is not imported from the WebJar: " + loaded);
        assertTrue(loaded.contains("/js/views/heatmap.js") && loaded.contains("/dashboard.css"), loaded.toString());
    }
}
