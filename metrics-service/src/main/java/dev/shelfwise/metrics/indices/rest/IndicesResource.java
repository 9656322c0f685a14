package dev.shelfwise.metrics.indices.rest;

import dev.shelfwise.metrics.MetricsConfig;
import dev.shelfwise.metrics.api.BadParameterException;
import dev.shelfwise.metrics.api.Freshness;
import dev.shelfwise.metrics.api.Windows;
import dev.shelfwise.metrics.api.WholeNumbers;
import dev.shelfwise.metrics.indices.CategoryExplosion;
import dev.shelfwise.metrics.indices.DateRange;
import dev.shelfwise.metrics.indices.ExplosionCoefficient;
import dev.shelfwise.metrics.indices.NewCustomerIndexTable;
import dev.shelfwise.metrics.indices.SalesTrendReport;
import dev.shelfwise.metrics.indices.service.IndexService;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.util.List;

/** Category indices of DESIGN.md §4 over REST. Every answer carries its time zone and completeThrough. */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class IndicesResource {
    private static final int EARLIEST_YEAR = 2000;

    private final IndexService indices;
    private final MetricsConfig config;

    public IndicesResource(IndexService indices, MetricsConfig config) {
        this.indices = indices;
        this.config = config;
    }

    public record ExplosionRow(String category, BigDecimal promoDailySales, BigDecimal referenceDailySales,
                               BigDecimal coefficient, int rank, String tier, String note) {
        static ExplosionRow of(CategoryExplosion row) {
            return new ExplosionRow(row.category(), row.promoDailySales(), row.referenceDailySales(), row.coefficient(),
                    row.rank(), row.tier().code(), row.note());
        }
    }

    @GET
    @Path("/categories/explosion")
    @Operation(summary = "Explosion coefficient per category for a promotion window, ranked",
            description = "(first-day or average daily sales in the window) / (average daily sales over the 365 days"
                    + " before start). The top K are candidates for core categories, the rest long-tail.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
            name = "two categories", value = "[{\"category\":\"toys\",\"promoDailySales\":5120.00,\"referenceDailySales\":"
            + "1210.50,\"coefficient\":4.2297,\"rank\":1,\"tier\":\"candidate\"},{\"category\":\"grocery\",\"promoDailySales\":"
            + "310.00,\"referenceDailySales\":290.10,\"coefficient\":1.0686,\"rank\":2,\"tier\":\"long-tail\"}]")))
    @APIResponse(responseCode = "400", description = "Unknown basis, end before start, window over 3 years")
    public Response explosion(@QueryParam("start") @Parameter(example = "2026-11-25") String start,
                              @QueryParam("end") @Parameter(example = "2026-11-27") String end,
                              @QueryParam("basis") @Parameter(description = "first-day or average (default)") String basis,
                              @QueryParam("top") @Parameter(description = "how many candidates (default 10)") String top)
            throws SQLException {
        DateRange window = Windows.window("start", start, "end", end, config.queries().maxWindowDays());
        ExplosionCoefficient.Basis parsedBasis;
        try {
            parsedBasis = basis == null ? ExplosionCoefficient.Basis.AVERAGE : ExplosionCoefficient.Basis.parse(basis);
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("basis", e.getMessage());
        }
        Integer requestedTop = WholeNumbers.optional("top", top);
        int candidates = requestedTop == null ? config.explosion().defaultTop() : requestedTop;
        if (candidates < 1) {
            throw new BadParameterException("top", "top must be at least 1");
        }
        List<ExplosionRow> rows = indices.explosion(window, parsedBasis, candidates).stream().map(ExplosionRow::of).toList();
        return indices.freshness().ok(rows);
    }

    public record NewCustomerCell(String category, String month, long orders, long newCustomerOrders, BigDecimal index,
                                  String band) {
    }

    public record NewCustomerAnswer(int year, String timezone, OffsetDateTime completeThrough, long siteOrders,
                                    long siteNewCustomerOrders, BigDecimal siteIndex, List<NewCustomerCell> cells) {
    }

    @GET
    @Path("/indices/new-customer")
    @Operation(summary = "New-customer acquisition efficiency index: a category × month heat map",
            description = "index = (new-customer orders of c in m / orders of c in m) / (site new-customer orders /"
                    + " site orders over the year). Bands very-high ≥ 1.5, high ≥ 1.15, moderate > 0.85, low > 0.6,"
                    + " very-low; cells with fewer than 30 orders are insufficient-data.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
            name = "seed example", value = "{\"year\":2019,\"timezone\":\"UTC\",\"completeThrough\":\"2019-12-31T18:00:00Z\","
            + "\"siteOrders\":10000,\"siteNewCustomerOrders\":2000,\"siteIndex\":0.2000,\"cells\":[{\"category\":\"books\","
            + "\"month\":\"2019-04\",\"orders\":218,\"newCustomerOrders\":55,\"index\":1.2615,\"band\":\"high\"}]}")))
    public Response newCustomer(@QueryParam("year") @Parameter(example = "2026") String yearParameter) throws SQLException {
        Integer year = WholeNumbers.optional("year", yearParameter);
        if (year == null) {
            throw new BadParameterException("year", "year is required, e.g. year=2026");
        }
        if (year < EARLIEST_YEAR || year > Year.now(config.timezone()).getValue() + 1) {
            throw new BadParameterException("year", "year must be between " + EARLIEST_YEAR + " and next year");
        }
        NewCustomerIndexTable table = indices.newCustomerIndex(year);
        Freshness freshness = indices.freshness();
        List<NewCustomerCell> cells = table.cells().stream().map(cell -> new NewCustomerCell(cell.category(),
                cell.month().toString(), cell.orders(), cell.newCustomerOrders(), cell.index(), cell.band().code())).toList();
        return freshness.ok(new NewCustomerAnswer(year, freshness.timezone(), freshness.completeThrough(), table.siteOrders(),
                table.siteNewCustomerOrders(), table.siteIndex(), cells));
    }

    @GET
    @Path("/indices/cross-category")
    @Operation(summary = "Cross-category penetration per category over a window (default: trailing 365 days)",
            description = "customers of c who also bought another category in the window / customers of c")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
            name = "seed example", value = "[{\"category\":\"books\",\"customers\":10000,\"crossCustomers\":230,"
            + "\"rate\":0.0230},{\"category\":\"maternal-child\",\"customers\":5000,\"crossCustomers\":1450,\"rate\":0.2900}]")))
    public Response crossCategory(@QueryParam("from") String from, @QueryParam("to") String to) throws SQLException {
        DateRange window = from == null && to == null
                ? trailingYear()
                : Windows.window("from", from, "to", to, config.queries().maxWindowDays());
        return indices.freshness().ok(indices.crossCategory(window));
    }

    public record TrendAnswer(String category, LocalDate from, LocalDate to, String timezone,
                              OffsetDateTime completeThrough, BigDecimal sales, BigDecimal lastYearSales,
                              BigDecimal yearOverYearGrowth, List<SalesTrendReport.Day> daily,
                              List<SalesTrendReport.Month> monthly) {
    }

    @GET
    @Path("/trends")
    @Operation(summary = "A category's daily and monthly sales with year-over-year and month-over-month growth")
    public Response trends(@QueryParam("category") String category, @QueryParam("from") String from,
                           @QueryParam("to") String to) throws SQLException {
        if (category == null || category.isBlank()) {
            throw new BadParameterException("category", "category is required");
        }
        DateRange window = Windows.window("from", from, "to", to, config.queries().maxWindowDays());
        SalesTrendReport report = indices.trend(category, window);
        Freshness freshness = indices.freshness();
        return freshness.ok(new TrendAnswer(category, window.start(), window.end(), freshness.timezone(),
                freshness.completeThrough(), report.sales(), report.lastYearSales(), report.yearOverYearGrowth(),
                report.daily(), report.monthly()));
    }

    private DateRange trailingYear() {
        LocalDate today = LocalDate.now(config.timezone());
        return DateRange.daysBefore(today.plusDays(1), ExplosionCoefficient.DEFAULT_REFERENCE_DAYS);
    }
}
