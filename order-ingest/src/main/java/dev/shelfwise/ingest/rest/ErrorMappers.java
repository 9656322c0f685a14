package dev.shelfwise.ingest.rest;

import dev.shelfwise.ingest.IngestConfig;
import dev.shelfwise.ingest.batch.BatchTooLargeException;
import dev.shelfwise.ingest.batch.ForeignPlatformException;
import dev.shelfwise.ingest.batch.MalformedBatchException;
import dev.shelfwise.ingest.connectors.WebhookRefusedException;
import dev.shelfwise.ingest.connectors.WebhookUnauthorizedException;
import dev.shelfwise.ingest.publish.BrokerUnavailableException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure into an {@link ApiError} body with the right status; never a stack trace. */
public class ErrorMappers {
    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    private final IngestConfig config;

    public ErrorMappers(IngestConfig config) {
        this.config = config;
    }

    @ServerExceptionMapper
    public Response malformed(MalformedBatchException e) {
        return json(400, new ApiError(400, "Bad Request", e.getMessage(), null, e.line(), e.column()));
    }

    @ServerExceptionMapper
    public Response tooLarge(BatchTooLargeException e) {
        return json(413, ApiError.of(413, "Payload Too Large", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response foreignPlatform(ForeignPlatformException e) {
        return json(403, new ApiError(403, "Forbidden", e.getMessage(), "platform", null, null));
    }

    @ServerExceptionMapper
    public Response webhookUnauthorized(WebhookUnauthorizedException e) {
        return json(401, ApiError.of(401, "Unauthorized", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response webhookRefused(WebhookRefusedException e) {
        return json(422, ApiError.of(422, "Unprocessable Content", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response brokerUnavailable(BrokerUnavailableException e) {
        LOG.warnf("answering 503: %s", e.getMessage());
        return Response.status(503)
                .header(HttpHeaders.RETRY_AFTER, config.retryAfterSeconds())
                .type(MediaType.APPLICATION_JSON)
                .entity(ApiError.of(503, "Service Unavailable",
                        "the events could not be made durable in time; nothing is acknowledged, retry the whole batch"))
                .build();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        Response original = e.getResponse();
        Response.ResponseBuilder answer = Response.fromResponse(original)
                .type(MediaType.APPLICATION_JSON)
                .entity(ApiError.of(original.getStatus(), original.getStatusInfo().getReasonPhrase(), e.getMessage()));
        return answer.build();
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
