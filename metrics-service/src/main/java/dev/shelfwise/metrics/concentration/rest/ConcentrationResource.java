package dev.shelfwise.metrics.concentration.rest;

import dev.shelfwise.metrics.MetricsConfig;
import dev.shelfwise.metrics.api.Freshness;
import dev.shelfwise.metrics.api.Windows;
import dev.shelfwise.metrics.concentration.GmvConcentration;
import dev.shelfwise.metrics.concentration.HistogramBucket;
import dev.shelfwise.metrics.concentration.service.ConcentrationService;
import dev.shelfwise.metrics.indices.DateRange;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** GMV concentration health of DESIGN.md §5 over REST. */
@Path("/v1/concentration")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class ConcentrationResource {
    private final ConcentrationService concentration;
    private final IndexService indices;
    private final MetricsConfig config;

    public ConcentrationResource(ConcentrationService concentration, IndexService indices, MetricsConfig config) {
        this.concentration = concentration;
        this.indices = indices;
        this.config = config;
    }

    public record Answer(LocalDate from, LocalDate to, String timezone, OffsetDateTime completeThrough, int activeSkus,
                         BigDecimal gmv, double top1Share, double top10Share, double top1PctShare, double top10PctShare,
                         double gini, double hhi, List<double[]> lorenz, List<HistogramBucket> histogram, String status) {
    }

    @GET
    @Operation(summary = "GMV concentration over a window: top-k shares, Gini, HHI, Lorenz curve, histogram, status",
            description = "Active SKU = net GMV > 0 in the window. top1Pct / top10Pct = the top ⌈1 %·n⌉ / ⌈10 %·n⌉ SKUs"
                    + " (at least one). Gini in population form; HHI on 0–10,000. status: healthy, warning (top-1 % share"
                    + " above 0.80) or over-concentrated (above 0.90).")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
            name = "healthy", value = "{\"from\":\"2026-11-25\",\"to\":\"2026-11-27\",\"timezone\":\"UTC\",\"activeSkus\":200,"
            + "\"gmv\":412345.10,\"top1Share\":0.021,\"top10Share\":0.17,\"top1PctShare\":0.038,\"top10PctShare\":0.25,"
            + "\"gini\":0.61,\"hhi\":97.4,\"lorenz\":[[0.0,0.0],[1.0,1.0]],\"histogram\":[],\"status\":\"healthy\"}")))
    @APIResponse(responseCode = "400", description = "Missing or malformed from/to, to before from, window over 3 years")
    public Response concentration(@QueryParam("from") String from, @QueryParam("to") String to) throws SQLException {
        DateRange window = Windows.window("from", from, "to", to, config.queries().maxWindowDays());
        GmvConcentration figures = concentration.of(window);
        Freshness freshness = indices.freshness();
        List<double[]> lorenz = figures.lorenz().stream().map(p -> new double[]{p.skuShare(), p.gmvShare()}).toList();
        return freshness.ok(new Answer(window.start(), window.end(), freshness.timezone(), freshness.completeThrough(),
                figures.activeSkus(), figures.gmv(), figures.top1Share(), figures.top10Share(), figures.top1PctShare(),
                figures.top10PctShare(), figures.gini(), figures.hhi(), lorenz, figures.histogram(), figures.status().code()));
    }
}
