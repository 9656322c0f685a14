package dev.shelfwise.dashboard.proxy;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * {@code GET /api/{service}/{path…}}: the read-only proxy the page uses, so the browser talks to one origin. Only GET
 * (other methods answer 405), only the services and path prefixes of {@link Upstream}.
 */
@Path("/api/{service}/{path: .+}")
public class ProxyResource {
    private static final String PREFIX = "/api/";

    private final ServiceProxy proxy;

    public ProxyResource(ServiceProxy proxy) {
        this.proxy = proxy;
    }

    @GET
    public CompletionStage<Response> get(@PathParam("service") String service, @HeaderParam("Accept") String accept,
                                         @Context UriInfo uri) {
        Optional<Upstream> upstream = Upstream.byPath(service);
        if (upstream.isEmpty()) {
            return CompletableFuture.completedFuture(ServiceProxy.error(Response.Status.NOT_FOUND,
                    "unknown service '" + service + "': one of ingest, metrics, matrix, clearance", null));
        }
        // the path after /api/{service}/ as it came, still encoded (an alert id may hold encoded characters)
        String requested = uri.getRequestUri().getRawPath();
        String rawPath = requested.substring(requested.indexOf('/', PREFIX.length()) + 1);
        if (!upstream.get().allows(rawPath)) {
            return CompletableFuture.completedFuture(ServiceProxy.error(Response.Status.NOT_FOUND,
                    "the dashboard does not read '" + rawPath + "' of " + upstream.get().serviceName() + "; it reads "
                            + String.join(", ", upstream.get().prefixes()), upstream.get()));
        }
        return proxy.get(upstream.get(), rawPath, uri.getRequestUri().getRawQuery(), accept);
    }
}
