package dev.shelfwise.matrix.roles.rest;

import dev.shelfwise.matrix.roles.service.MatrixService;
import dev.shelfwise.matrix.web.InvalidRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** One SKU's role in a promotion. */
@Path("/v1/products/{sku}/role")
@Produces(MediaType.APPLICATION_JSON)
public class ProductRoleResource {

    private final MatrixService matrices;

    public ProductRoleResource(MatrixService matrices) {
        this.matrices = matrices;
    }

    @GET
    @Operation(summary = "One SKU's primary role, types, pre-sale advice and reasons in a promotion")
    @APIResponse(responseCode = "400", description = "No promotion given")
    @APIResponse(responseCode = "404", description = "Unknown promotion or SKU")
    public ProductRoleView role(@PathParam("sku") String sku, @QueryParam("promotion") String promotion) {
        if (promotion == null || promotion.isBlank()) {
            throw InvalidRequestException.of("promotion", "is required: ?promotion=<id>");
        }
        return ProductRoleView.of(matrices.product(sku, promotion));
    }
}
