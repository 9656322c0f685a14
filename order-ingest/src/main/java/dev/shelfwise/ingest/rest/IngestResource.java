package dev.shelfwise.ingest.rest;

import dev.shelfwise.contracts.EventType;
import dev.shelfwise.ingest.auth.PlatformAuthenticator;
import dev.shelfwise.ingest.batch.BatchResult;
import dev.shelfwise.ingest.batch.IngestService;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;

/**
 * Write endpoints for platforms: a batch of events of one type per request (JSON array or NDJSON), answered
 * only after Kafka acknowledged every accepted event.
 */
@Path("/v1")
@Consumes({MediaType.APPLICATION_JSON, IngestResource.NDJSON})
@Produces(MediaType.APPLICATION_JSON)
@SecurityScheme(securitySchemeName = "platformToken", type = SecuritySchemeType.HTTP, scheme = "bearer")
@SecurityRequirement(name = "platformToken")
@APIResponses({
        @APIResponse(responseCode = "202", description = "Every accepted event is durable in Kafka; rejected items are listed"),
        @APIResponse(responseCode = "400", description = "Malformed body (with line and column), an empty batch, or every item invalid"),
        @APIResponse(responseCode = "401", description = "Missing or unknown bearer token"),
        @APIResponse(responseCode = "403", description = "An item names another platform than the token's"),
        @APIResponse(responseCode = "413", description = "Body or batch over the limit"),
        @APIResponse(responseCode = "415", description = "Not application/json or application/x-ndjson"),
        @APIResponse(responseCode = "503", description = "Kafka could not make the events durable in time; retry after Retry-After")
})
public class IngestResource {
    public static final String NDJSON = "application/x-ndjson";

    private static final String ORDER_EXAMPLE = """
            [{"orderId": "O-1001", "platform": "demo", "customerId": "C-42", "placedAt": "2026-04-03T10:15:00+08:00",
              "currency": "CNY", "channel": "onsite", "lines": [
                {"sku": "BK-001", "category": "books", "quantity": 2, "unitPrice": "39.90", "unitCost": "21.00"}]}]""";

    private final IngestService ingest;
    private final PlatformAuthenticator authenticator;

    public IngestResource(IngestService ingest, PlatformAuthenticator authenticator) {
        this.ingest = ingest;
        this.authenticator = authenticator;
    }

    @POST
    @Path("/orders")
    @Blocking
    @Operation(summary = "Ingest orders (orders.v1, keyed by customerId)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "one order", value = ORDER_EXAMPLE)))
    public Response orders(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                           @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] body) {
        return ingest(EventType.ORDER, authorization, contentType, body);
    }

    @POST
    @Path("/refunds")
    @Blocking
    @Operation(summary = "Ingest refunds and cancellations (refunds.v1, keyed by orderId)")
    public Response refunds(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] body) {
        return ingest(EventType.REFUND, authorization, contentType, body);
    }

    @POST
    @Path("/catalog")
    @Blocking
    @Operation(summary = "Ingest catalog entries (catalog.v1, keyed by sku)")
    public Response catalog(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] body) {
        return ingest(EventType.CATALOG, authorization, contentType, body);
    }

    @POST
    @Path("/inventory")
    @Blocking
    @Operation(summary = "Ingest inventory snapshots (inventory.v1, keyed by sku)")
    public Response inventory(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                              @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] body) {
        return ingest(EventType.INVENTORY, authorization, contentType, body);
    }

    @POST
    @Path("/traffic")
    @Blocking
    @Operation(summary = "Ingest daily traffic per SKU (traffic.v1, keyed by sku)")
    public Response traffic(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] body) {
        return ingest(EventType.TRAFFIC, authorization, contentType, body);
    }

    @POST
    @Path("/ad-spend")
    @Blocking
    @Operation(summary = "Ingest daily ad spend per campaign (ad-spend.v1, keyed by campaignId)")
    public Response adSpend(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] body) {
        return ingest(EventType.AD_SPEND, authorization, contentType, body);
    }

    @POST
    @Path("/purchase-orders")
    @Blocking
    @Operation(summary = "Ingest restock purchase orders (purchase-orders.v1, keyed by sku)")
    public Response purchaseOrders(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                   @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] body) {
        return ingest(EventType.PURCHASE_ORDER, authorization, contentType, body);
    }

    private Response ingest(EventType type, String authorization, String contentType, byte[] body) {
        String platform = authenticator.platformFor(authorization)
                .orElseThrow(() -> new NotAuthorizedException("a valid platform token is required: Authorization: Bearer <token>", "Bearer"));
        boolean ndjson = contentType != null && contentType.toLowerCase().startsWith(NDJSON);
        BatchResult result = ingest.ingest(type, body, ndjson, platform);
        // a batch in which nothing was valid is the caller's error, not a partial success
        Response.Status status = result.accepted() == 0 ? Response.Status.BAD_REQUEST : Response.Status.ACCEPTED;
        return Response.status(status).entity(result).build();
    }
}
