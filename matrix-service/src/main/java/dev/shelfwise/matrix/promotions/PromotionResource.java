package dev.shelfwise.matrix.promotions;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;

/** Promotions: defined here, stored, and mirrored to promotions.v1 for metrics-service. */
@Path("/v1/promotions")
@Produces(MediaType.APPLICATION_JSON)
public class PromotionResource {
    private static final String EXAMPLE = """
            {"name": "Singles' Day", "theme": "11.11", "start": "2026-11-01", "end": "2026-11-11",
             "goal": "sales", "coreCount": 3, "auxiliaryCount": 2}""";

    private final PromotionService promotions;

    public PromotionResource(PromotionService promotions) {
        this.promotions = promotions;
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or replace a promotion (published to promotions.v1 before the answer)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "singles day", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "200", description = "Replaced")
    @APIResponse(responseCode = "400", description = "Invalid; every invalid field is listed")
    @APIResponse(responseCode = "503", description = "Kafka did not acknowledge; nothing changed, retry")
    public Response put(@PathParam("id") String id, String body) {
        PromotionService.Saved saved = promotions.put(id, body);
        return Response.status(saved.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(saved.promotion()).build();
    }

    @GET
    @Operation(summary = "Every promotion, earliest start first")
    public List<PromotionView> list() {
        return promotions.list();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One promotion")
    @APIResponse(responseCode = "404", description = "Unknown promotion")
    public PromotionView get(@PathParam("id") String id) {
        return promotions.get(id);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a promotion (a tombstone on promotions.v1)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "Unknown promotion")
    public Response delete(@PathParam("id") String id) {
        promotions.delete(id);
        return Response.noContent().build();
    }
}
