package dev.shelfwise.clearance.stock.rest;

import dev.shelfwise.clearance.plans.ClearanceConfig;
import dev.shelfwise.clearance.rest.ApiError;
import dev.shelfwise.clearance.rest.NotFoundProblem;
import dev.shelfwise.clearance.stock.service.SkuAssessmentService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Live clearance: the SKUs that need it, from consumed inventory, sales and ad spend. */
@Path("/v1/clearance/skus")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "clearance SKUs")
public class SkuResource {

    private final SkuAssessmentService assessment;
    private final ClearanceConfig config;

    public SkuResource(SkuAssessmentService assessment, ClearanceConfig config) {
        this.assessment = assessment;
        this.config = config;
    }

    @GET
    @Operation(summary = "SKUs that need clearance, the most units to clear first",
            description = "A SKU needs clearance when units on hand are at least clearance-age-days old (90) or its "
                    + "weeks of cover reach clearance-weeks-of-cover (12). Each comes with its reasons and a "
                    + "recommended plan over the default channels (price cut of the minimum clearance discount, "
                    + "liquidation) and its own ad and off-site channels, measured CPA in place of the estimate once "
                    + "a channel has enough orders in the trailing window.")
    public List<SkuAnswer> needingClearance() {
        return assessment.needingClearance().stream().map(state -> SkuAnswer.of(assessment.live(state))).toList();
    }

    @GET
    @Path("/{sku}/channels")
    @Operation(summary = "A SKU's channels: estimated vs measured trailing-window CPA and conversion")
    @APIResponse(responseCode = "200", description = "Every channel, and which figure the ranking uses")
    @APIResponse(responseCode = "404", description = "No inventory snapshot of this SKU was received",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public ChannelsAnswer channels(@PathParam("sku") String sku) {
        return assessment.state(sku)
                .map(state -> ChannelsAnswer.of(assessment.live(state), config.minimumMeasuredOrders()))
                .orElseThrow(() -> new NotFoundProblem("unknown SKU " + sku + ": no inventory snapshot received"));
    }
}
