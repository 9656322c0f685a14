package dev.shelfwise.clearance.stock.rest;

import dev.shelfwise.clearance.plans.ClearanceConfig;
import dev.shelfwise.clearance.rest.ApiError;
import dev.shelfwise.clearance.rest.NotFoundProblem;
import dev.shelfwise.clearance.rest.Page;
import dev.shelfwise.clearance.stock.service.SkuAssessmentService;
import dev.shelfwise.clearance.stock.service.SkuListSettings;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;

/** Live clearance: the SKUs that need it, from consumed inventory, sales and ad spend. */
@Path("/v1/clearance/skus")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "clearance SKUs")
public class SkuResource {

    /** Header of the list's answer: how many SKUs need clearance on all pages. */
    public static final String TOTAL_COUNT = "Shelfwise-Total-Count";

    private final SkuAssessmentService assessment;
    private final ClearanceConfig config;
    private final SkuListSettings pages;

    public SkuResource(SkuAssessmentService assessment, ClearanceConfig config, SkuListSettings pages) {
        this.assessment = assessment;
        this.config = config;
        this.pages = pages;
    }

    @GET
    @Operation(summary = "SKUs that need clearance, the most units to clear first, one page at a time",
            description = "A SKU needs clearance when units on hand are at least clearance-age-days old (90) or its "
                    + "weeks of cover reach clearance-weeks-of-cover (12). Each comes with its reasons and a "
                    + "recommended plan over the default channels (price cut of the minimum clearance discount, "
                    + "liquidation) and its own ad and off-site channels, measured CPA in place of the estimate once "
                    + "a channel has enough orders in the trailing window. The answer is one page (limit, offset); "
                    + "the header " + TOTAL_COUNT + " says how many SKUs need clearance in all.")
    @APIResponse(responseCode = "200", description = "One page of SKUs",
            headers = @Header(name = TOTAL_COUNT, description = "SKUs that need clearance, on all pages",
                    schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = SkuAnswer.class)))
    @APIResponse(responseCode = "400", description = "limit or offset out of range; errors[].field names which",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public RestResponse<List<SkuAnswer>> needingClearance(
            @QueryParam(Page.LIMIT) @Parameter(description = "SKUs per page, 1 to shelfwise.clearance.sku-list.max-limit"
                    + " (500); default shelfwise.clearance.sku-list.default-limit (50)") String limit,
            @QueryParam(Page.OFFSET) @Parameter(description = "SKUs to skip (default 0)") String offset) {
        Page page = Page.of(limit, offset, pages.defaultLimit(), pages.maxLimit());
        SkuAssessmentService.ClearancePage answer = assessment.needingClearance(page);
        return RestResponse.ResponseBuilder.ok(answer.skus().stream().map(SkuAnswer::of).toList())
                .header(TOTAL_COUNT, answer.total()).build();
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
