package dev.shelfwise.matrix.strategy.rest;

import dev.shelfwise.matrix.strategy.service.StrategyService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The category strategy of a promotion (DESIGN.md §6). */
@Path("/v1/promotions/{id}/categories")
@Produces(MediaType.APPLICATION_JSON)
public class StrategyResource {

    private final StrategyService strategies;

    public StrategyResource(StrategyService strategies) {
        this.strategies = strategies;
    }

    @GET
    @Operation(summary = "Categories ranked core / auxiliary / long-tail by the goal-weighted score, with every factor")
    @APIResponse(responseCode = "200", description = "The strategy; degraded=true with a reason when metrics-service did not answer")
    @APIResponse(responseCode = "404", description = "Unknown promotion")
    public StrategyView categories(@PathParam("id") String id) {
        return StrategyView.of(strategies.strategy(id));
    }
}
