package dev.shelfwise.clearance.rest;

import dev.shelfwise.clearance.plans.InvalidClearanceRequestException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure into an {@link ApiError} body with the right status; never a stack trace. */
public class ErrorMappers {
    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    private static final int BAD_REQUEST = Response.Status.BAD_REQUEST.getStatusCode();
    private static final int NOT_FOUND = Response.Status.NOT_FOUND.getStatusCode();
    private static final int SERVER_ERROR = Response.Status.INTERNAL_SERVER_ERROR.getStatusCode();

    @ServerExceptionMapper
    public Response invalidRequest(InvalidClearanceRequestException e) {
        return json(new ApiError(BAD_REQUEST, "Bad Request", "the request has " + e.errors().size()
                + " invalid field(s): " + e.getMessage(), e.errors()));
    }

    @ServerExceptionMapper
    public Response malformed(BadInputException e) {
        return json(new ApiError(BAD_REQUEST, "Bad Request", e.getMessage(), e.errors()));
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundProblem e) {
        return json(new ApiError(NOT_FOUND, "Not Found", e.getMessage(), e.errors()));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        Response original = e.getResponse();
        return Response.fromResponse(original).type(MediaType.APPLICATION_JSON)
                .entity(ApiError.of(original.getStatus(), original.getStatusInfo().getReasonPhrase(), e.getMessage()))
                .build();
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        LOG.error("unexpected failure", e);
        return json(ApiError.of(SERVER_ERROR, "Internal Server Error", "unexpected failure; it has been logged"));
    }

    private static Response json(ApiError error) {
        return Response.status(error.status()).type(MediaType.APPLICATION_JSON).entity(error).build();
    }
}
