package dev.shelfwise.matrix.baskets.rest;

import dev.shelfwise.matrix.baskets.BasketService;
import dev.shelfwise.contracts.Identifiers;
import dev.shelfwise.matrix.baskets.BoughtTogether;
import dev.shelfwise.matrix.web.InvalidRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The basket evidence behind the cross-sell rule. */
@Path("/v1/products/{sku}/bought-together")
@Produces(MediaType.APPLICATION_JSON)
public class BoughtTogetherResource {

    private final BasketService baskets;

    public BoughtTogetherResource(BasketService baskets) {
        this.baskets = baskets;
    }

    @GET
    @Operation(summary = "SKUs bought together with this one over the basket window, with order counts and lift")
    public BoughtTogether boughtTogether(@PathParam("sku") String sku) {
        // no SKU order-ingest accepted is longer: a longer one is a typo or abuse, not "no baskets"
        if (sku.length() > Identifiers.MAX_LENGTH) {
            throw InvalidRequestException.of("sku", "must be at most " + Identifiers.MAX_LENGTH + " characters");
        }
        return baskets.boughtTogether(sku);
    }
}
