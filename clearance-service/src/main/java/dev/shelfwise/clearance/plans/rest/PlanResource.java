package dev.shelfwise.clearance.plans.rest;

import dev.shelfwise.clearance.plans.service.WhatIfService;
import dev.shelfwise.clearance.rest.ApiError;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What-if planning (DESIGN.md §8): how to clear a lot at the lowest cost per cleared order. */
@Path("/v1/clearance/plans")
@Tag(name = "clearance plans")
public class PlanResource {

    static final String EXAMPLE = """
            {"sku": "MUG-01", "quantity": 100, "unitCost": 4, "price": 10, "disposalFeePerUnit": 1,
             "holdingCostPerUnitDay": 0.01, "budget": 150,
             "channels": [
               {"id": "cut-30", "kind": "price-cut", "price": 7, "expectedOrdersPerDay": 5, "conversionRate": 0.06},
               {"id": "ads:spring", "kind": "onsite-ads", "adSpendPerDay": 30, "expectedOrdersPerDay": 10,
                "conversionRate": 0.05},
               {"id": "liquidator", "kind": "liquidation", "recoveryRate": 0.1, "commissionRate": 0.15,
                "feePerOrder": 0.3, "expectedOrdersPerDay": 100, "conversionRate": 1}]}""";

    private final WhatIfService whatIf;

    public PlanResource(WhatIfService whatIf) {
        this.whatIf = whatIf;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "What-if: evaluate, rank and allocate clearance channels",
            description = "Every channel with its CPA = (spend − gross profit) / orders, days to clear, total cost and "
                    + "viability against the destruction floor (unit cost + disposal fee); the ranking (lowest CPA "
                    + "first, near-ties to the higher conversion rate, then price moves before ads); and an allocation "
                    + "within the budget and deadline, the rest liquidated or destroyed, against destroying everything "
                    + "now. Money is rounded to cents for display. Nothing is stored.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PlanRequestBody.class),
            examples = @ExampleObject(name = "price cut, ads and a liquidator", value = EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The plans, ranking and allocation",
            content = @Content(schema = @Schema(implementation = PlanAnswer.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, a field of the wrong type, or invalid values; "
            + "every bad field is named in errors[]",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public PlanAnswer plan(byte[] body) {
        PlanRequestReader.Parsed parsed = PlanRequestReader.read(body);
        return PlanAnswer.of(whatIf.plan(parsed.request(), parsed.kindErrors()));
    }
}
