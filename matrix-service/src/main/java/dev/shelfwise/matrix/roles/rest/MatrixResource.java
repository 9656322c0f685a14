package dev.shelfwise.matrix.roles.rest;

import dev.shelfwise.matrix.AnswerSettings;
import dev.shelfwise.matrix.roles.Role;
import dev.shelfwise.matrix.roles.service.MatrixService;
import dev.shelfwise.matrix.web.InvalidRequestException;
import dev.shelfwise.matrix.web.PageRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The product matrix of a promotion and its health (DESIGN.md §7). */
@Path("/v1/promotions/{id}/matrix")
@Produces(MediaType.APPLICATION_JSON)
public class MatrixResource {
    static final String ROLES = Arrays.stream(Role.values()).map(Role::jsonName).collect(Collectors.joining(", "));

    private final MatrixService matrices;
    private final AnswerSettings answers;

    public MatrixResource(MatrixService matrices, AnswerSettings answers) {
        this.matrices = matrices;
        this.answers = answers;
    }

    @GET
    @Operation(summary = "The active SKUs with their primary role, types, pre-sale advice and the reasons of every rule,"
            + " one page at a time",
            description = "SKUs in category, then SKU order. count and roleMix cover every SKU matching the filters;"
                    + " products holds the page from offset, at most limit SKUs.")
    @APIResponse(responseCode = "400", description = "Unknown role; limit or offset out of range (errors[].field says which)")
    @APIResponse(responseCode = "404", description = "Unknown promotion")
    public MatrixView matrix(@PathParam("id") String id, @QueryParam("category") String category,
                             @QueryParam("role") String role,
                             @QueryParam("limit") @Parameter(description = "SKUs per page, 1 to"
                                     + " shelfwise.matrix.answers.max-limit (500); default"
                                     + " shelfwise.matrix.answers.default-limit (50)") String limit,
                             @QueryParam("offset") @Parameter(description = "SKUs to skip (default 0)") String offset) {
        PageRequest page = PageRequest.of(limit, offset, answers.defaultLimit(), answers.maxLimit());
        String categoryFilter = category == null || category.isBlank() ? null : category;
        Role roleFilter = role(role);
        return MatrixView.of(matrices.matrix(id, categoryFilter, roleFilter), categoryFilter, roleFilter, page);
    }

    @GET
    @Path("/health")
    @Operation(summary = "Role mix per core category and warnings (no traffic SKU, profit SKUs below their GMV share)")
    @APIResponse(responseCode = "404", description = "Unknown promotion")
    public HealthView health(@PathParam("id") String id) {
        return HealthView.of(matrices.health(id));
    }

    static Role role(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Role.fromJson(name);
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.of("role", "unknown role '" + name + "': one of " + ROLES);
        }
    }
}
