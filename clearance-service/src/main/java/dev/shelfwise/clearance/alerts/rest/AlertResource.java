package dev.shelfwise.clearance.alerts.rest;

import dev.shelfwise.clearance.alerts.AlertView;
import dev.shelfwise.clearance.alerts.service.AlertService;
import dev.shelfwise.clearance.plans.FieldError;
import dev.shelfwise.clearance.rest.BadInputException;
import dev.shelfwise.clearance.rest.NotFoundProblem;
import dev.shelfwise.contracts.AlertEvent;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Set;

/** The clearance warnings (restock under clearance, ads-only clearance), their lifecycle and their delivery. */
@Path("/v1/alerts")
@Tag(name = "alerts")
public class AlertResource {

    static final String EXAMPLE = "{\"id\":\"restock-under-clearance:MUG-01:5b0c…\",\"kind\":\"restock-under-clearance\","
            + "\"state\":\"firing\",\"severity\":\"warning\",\"source\":\"clearance-service\",\"summary\":\"restocking"
            + " what you are clearing: purchase order PO-7 for 500 units of MUG-01, which needs clearance (…)\","
            + "\"startsAt\":\"2026-11-27T10:15:30Z\",\"endsAt\":null,\"labels\":{\"sku\":\"MUG-01\"},"
            + "\"figures\":{\"purchaseOrders\":\"1\",\"unitsOrdered\":\"500\"},\"deliveries\":[{\"state\":\"firing\","
            + "\"receiver\":\"ops\",\"attempt\":1,\"at\":\"2026-11-27T10:15:31.020Z\",\"statusCode\":503,"
            + "\"delivered\":false},{\"state\":\"firing\",\"receiver\":\"ops\",\"attempt\":2,"
            + "\"at\":\"2026-11-27T10:15:32.030Z\",\"statusCode\":200,\"delivered\":true}],\"delivery\":{"
            + "\"state\":\"delivered\",\"receivers\":1,\"deliveredTo\":1,\"attempts\":2,"
            + "\"summary\":\"delivered 1/1 receivers, 2 attempts\"}}";
    private static final Set<String> STATES = Set.of(AlertEvent.FIRING, AlertEvent.RESOLVED);

    private final AlertService alerts;

    public AlertResource(AlertService alerts) {
        this.alerts = alerts;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Alerts raised by clearance-service, newest first",
            description = "The JSON published to alerts.v1 (AlertEvent; figures are text so decimals stay exact), with"
                    + " every webhook attempt (deliveries) and how far the delivery of the current state got (delivery).")
    @APIResponse(responseCode = "200", description = "The alerts", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "firing", value = "[" + EXAMPLE + "]")))
    @APIResponse(responseCode = "400", description = "state is neither firing nor resolved")
    public List<AlertView> list(@Parameter(description = "firing or resolved; all when absent")
                                @QueryParam("state") String state) {
        if (state != null && !STATES.contains(state)) {
            throw new BadInputException("state must be firing or resolved",
                    List.of(new FieldError("state", "must be firing or resolved")));
        }
        return alerts.list(state);
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One alert by id, with every webhook attempt")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "firing", value = EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No alert has this id", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "unknown", value = "{\"status\":404,"
            + "\"error\":\"Not Found\",\"message\":\"no alert has the id 'x'\",\"errors\":[{\"field\":\"id\","
            + "\"message\":\"no alert has this id\"}]}")))
    public AlertView one(@PathParam("id") String id) {
        return alerts.find(id).orElseThrow(() -> new NotFoundProblem("no alert has the id '" + id + "'",
                List.of(new FieldError("id", "no alert has this id"))));
    }
}
