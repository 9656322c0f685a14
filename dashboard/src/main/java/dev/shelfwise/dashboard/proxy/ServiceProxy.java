package dev.shelfwise.dashboard.proxy;

import dev.shelfwise.dashboard.DashboardConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/**
 * Reads one whitelisted path of one service with a short timeout and hands its answer on: status, body, content type
 * and the freshness headers. A service that is down or too slow becomes a 502 or 504 with a {@link ProxyError}.
 */
@ApplicationScoped
public class ServiceProxy {
    /** Headers of a service's answer that the page reads. */
    static final List<String> PASSED_HEADERS = List.of("Content-Type", "Shelfwise-Timezone", "Shelfwise-Complete-Through");

    private final Map<Upstream, URI> baseUrls;
    private final Duration timeout;
    private final Optional<String> authorization;
    private final HttpClient client;

    public ServiceProxy(DashboardConfig config) {
        this.baseUrls = Map.of(Upstream.INGEST, config.ingestUrl(), Upstream.METRICS, config.metricsUrl(),
                Upstream.MATRIX, config.matrixUrl(), Upstream.CLEARANCE, config.clearanceUrl());
        this.timeout = config.timeout();
        this.authorization = config.readToken().filter(token -> !token.isBlank()).map(token -> "Bearer " + token.strip());
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The service's base URL with the raw path and query appended, both passed on as they came. */
    URI target(Upstream upstream, String rawPath, String rawQuery) {
        String base = baseUrls.get(upstream).toString().replaceAll("/+$", "");
        return URI.create(base + "/" + rawPath + (rawQuery == null || rawQuery.isEmpty() ? "" : "?" + rawQuery));
    }

    public CompletionStage<Response> get(Upstream upstream, String rawPath, String rawQuery, String accept) {
        URI target = target(upstream, rawPath, rawQuery);
        HttpRequest.Builder request = HttpRequest.newBuilder(target)
                .timeout(timeout)
                .header("Accept", accept == null || accept.isBlank() ? "*/*" : accept)
                .GET();
        authorization.ifPresent(value -> request.header("Authorization", value));
        return client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofByteArray())
                .thenApply(ServiceProxy::passOn)
                .exceptionally(failure -> unavailable(upstream, failure));
    }

    private static Response passOn(HttpResponse<byte[]> answer) {
        Response.ResponseBuilder response = Response.status(answer.statusCode()).entity(answer.body())
                .header("Cache-Control", "no-store");
        for (String name : PASSED_HEADERS) {
            answer.headers().firstValue(name).ifPresent(value -> response.header(name, value));
        }
        return response.build();
    }

    private Response unavailable(Upstream upstream, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        String where = upstream.serviceName() + " at " + baseUrls.get(upstream);
        if (cause instanceof HttpTimeoutException) {
            return error(Response.Status.GATEWAY_TIMEOUT, where + " did not answer within " + timeout.toMillis() + " ms",
                    upstream);
        }
        String reason = cause instanceof ConnectException ? "connection refused" : cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        return error(Response.Status.BAD_GATEWAY, where + " is not reachable (" + reason + ")", upstream);
    }

    static Response error(Response.Status status, String message, Upstream upstream) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).header("Cache-Control", "no-store")
                .entity(new ProxyError(status.getStatusCode(), status.getReasonPhrase(), message,
                        upstream == null ? null : upstream.path()))
                .build();
    }
}
