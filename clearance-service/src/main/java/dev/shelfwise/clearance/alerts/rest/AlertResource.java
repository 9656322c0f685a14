package dev.shelfwise.clearance.alerts.rest;

import dev.shelfwise.clearance.alerts.service.AlertService;
import dev.shelfwise.clearance.plans.FieldError;
import dev.shelfwise.clearance.rest.BadInputException;
import dev.shelfwise.contracts.AlertEvent;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Set;

/** The clearance warnings (restock under clearance, ads-only clearance) and their lifecycle. */
@Path("/v1/alerts")
@Tag(name = "alerts")
public class AlertResource {

    private static final Set<String> STATES = Set.of(AlertEvent.FIRING, AlertEvent.RESOLVED);

    private final AlertService alerts;

    public AlertResource(AlertService alerts) {
        this.alerts = alerts;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Alerts raised by clearance-service, newest first",
            description = "The same JSON as published to alerts.v1 (AlertEvent); figures are text so decimals stay exact.")
    @APIResponse(responseCode = "200", description = "The alerts")
    @APIResponse(responseCode = "400", description = "state is neither firing nor resolved")
    public List<AlertEvent> list(@Parameter(description = "firing or resolved; all when absent")
                                 @QueryParam("state") String state) {
        if (state != null && !STATES.contains(state)) {
            throw new BadInputException("state must be firing or resolved",
                    List.of(new FieldError("state", "must be firing or resolved")));
        }
        return alerts.list(state);
    }
}
