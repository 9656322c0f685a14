package dev.shelfwise.matrix.web;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure into an {@link ApiError} body with the right status; never a stack trace. */
public class ErrorMappers {
    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);
    /** Seconds a client should wait before retrying a write that Kafka did not acknowledge. */
    private static final int RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper
    public Response invalid(InvalidRequestException e) {
        return json(400, new ApiError(400, "Bad Request", e.getMessage(), e.errors()));
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return json(404, ApiError.of(404, "Not Found", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response unavailable(UnavailableException e) {
        LOG.warnf("answering 503: %s", e.getMessage());
        return Response.status(503)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .type(MediaType.APPLICATION_JSON)
                .entity(ApiError.of(503, "Service Unavailable", e.getMessage()))
                .build();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        Response original = e.getResponse();
        return json(original.getStatus(),
                ApiError.of(original.getStatus(), original.getStatusInfo().getReasonPhrase(), e.getMessage()));
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        LOG.error("unexpected failure", e);
        return json(500, ApiError.of(500, "Internal Server Error", "unexpected failure; it has been logged"));
    }

    private static Response json(int status, ApiError error) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(error).build();
    }
}
