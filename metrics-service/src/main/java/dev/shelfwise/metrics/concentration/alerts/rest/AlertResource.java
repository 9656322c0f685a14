package dev.shelfwise.metrics.concentration.alerts.rest;

import dev.shelfwise.metrics.MetricsConfig;
import dev.shelfwise.metrics.api.ApiError;
import dev.shelfwise.metrics.api.BadParameterException;
import dev.shelfwise.metrics.api.Freshness;
import dev.shelfwise.metrics.concentration.AlertLifecycle;
import dev.shelfwise.metrics.concentration.alerts.Alert;
import dev.shelfwise.metrics.concentration.alerts.AlertSettings;
import dev.shelfwise.metrics.concentration.alerts.repository.AlertRepository;
import dev.shelfwise.metrics.rollups.RollupReader;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The GMV over-concentration alerts of DESIGN.md §5: firing and resolved episodes, newest first. */
@Path("/v1/alerts")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class AlertResource {
    static final String EXAMPLE = "{\"id\":\"gmv-over-concentration/trailing-24h/critical/2026-11-27T10:15:30.120Z\","
            + "\"kind\":\"gmv-over-concentration\",\"severity\":\"critical\",\"state\":\"firing\","
            + "\"scope\":\"trailing-24h\",\"window\":{\"from\":\"2026-11-26\",\"to\":\"2026-11-27\"},"
            + "\"startsAt\":\"2026-11-27T10:15:30.120Z\",\"endsAt\":null,\"summary\":\"The top 1 % of active SKUs"
            + " (1 of 10) hold 95.5 % of GMV in trailing-24h (2026-11-26 to 2026-11-27): above the critical level of"
            + " 90 %.\",\"figures\":{\"top1PctShare\":0.955,\"threshold\":0.9,\"hysteresis\":0.05,\"activeSkus\":10,"
            + "\"gmv\":1000.00,\"gini\":0.855,\"hhi\":9122.5},\"deliveries\":[{\"state\":\"firing\","
            + "\"receiver\":\"ops\",\"attempt\":1,\"at\":\"2026-11-27T10:15:30.200Z\",\"statusCode\":503,"
            + "\"delivered\":false},{\"state\":\"firing\",\"receiver\":\"ops\",\"attempt\":2,"
            + "\"at\":\"2026-11-27T10:15:31.210Z\",\"statusCode\":200,\"delivered\":true}],"
            + "\"delivery\":{\"state\":\"delivered\",\"receivers\":1,\"deliveredTo\":1,\"attempts\":2,"
            + "\"summary\":\"delivered 1/1 receivers, 2 attempts\"}}";

    private final AlertRepository alerts;
    private final RollupReader reader;
    private final MetricsConfig config;
    private final int limit;

    public AlertResource(AlertRepository alerts, RollupReader reader, MetricsConfig config, AlertSettings settings) {
        this.alerts = alerts;
        this.reader = reader;
        this.config = config;
        this.limit = settings.listLimit();
    }

    @GET
    @Operation(summary = "Over-concentration alerts, newest first",
            description = "Evaluated every shelfwise.concentration.evaluate-every on trailing-24h (the completeThrough"
                    + " day and the day before) and on each running promotion (promotion:<id>). Each severity fires when"
                    + " the top-1 % share rises above its level (warning 0.80, critical 0.90) and resolves below level −"
                    + " hysteresis (0.05). figures are those that fired it; deliveries lists every webhook attempt and"
                    + " delivery sums up the delivery of the current state.")
    @APIResponse(responseCode = "200", description = "Alerts; headers state the time zone and completeThrough",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "firing", value = "[" + EXAMPLE + "]")))
    @APIResponse(responseCode = "400", description = "state is neither firing nor resolved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "bad state",
                    value = "{\"status\":400,\"error\":\"Bad Request\",\"message\":\"state must be firing or resolved,"
                            + " not 'open'\",\"field\":\"state\"}")))
    public Response list(
            @Parameter(description = "Only alerts in this state; all when absent",
                    schema = @Schema(enumeration = {"firing", "resolved"})) @QueryParam("state") String state,
            @Parameter(description = "Only alerts of this scope, e.g. trailing-24h or promotion:black-friday")
            @QueryParam("scope") String scope) throws SQLException {
        List<Alert> listed = alerts.list(state(state), Optional.ofNullable(scope).filter(s -> !s.isBlank()), limit);
        return freshness().ok(listed);
    }

    @GET
    @Path("{id: .+}")
    @Operation(summary = "One alert by id (the id contains slashes; send them as they are)")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "firing", value = EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No alert has this id",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "unknown",
                    value = "{\"status\":404,\"error\":\"Not Found\",\"message\":\"no alert has the id 'x'\","
                            + "\"field\":\"id\"}")))
    public Response one(@PathParam("id") String id) throws SQLException {
        Optional<Alert> alert = alerts.find(id);
        if (alert.isEmpty()) {
            return Response.status(Response.Status.NOT_FOUND).type(MediaType.APPLICATION_JSON)
                    .entity(new ApiError(Response.Status.NOT_FOUND.getStatusCode(),
                            Response.Status.NOT_FOUND.getReasonPhrase(), "no alert has the id '" + id + "'", "id"))
                    .build();
        }
        return freshness().ok(alert.get());
    }

    private static Optional<String> state(String state) {
        if (state == null || state.isBlank()) {
            return Optional.empty();
        }
        boolean known = Arrays.stream(AlertLifecycle.values()).anyMatch(lifecycle -> lifecycle.code().equals(state));
        if (!known) {
            throw new BadParameterException("state", "state must be firing or resolved, not '" + state + "'");
        }
        return Optional.of(state);
    }

    private Freshness freshness() throws SQLException {
        return new Freshness(config.timezone().getId(), reader.completeThrough());
    }
}
