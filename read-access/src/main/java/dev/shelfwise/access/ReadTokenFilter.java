package dev.shelfwise.access;

import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Optional;

/**
 * Refuses {@code /v1} requests without the configured API token; never logs what was presented. Health, metrics and
 * OpenAPI under {@code /q} stay open for probes and Prometheus.
 */
@Singleton
public class ReadTokenFilter {
    private static final String API_PREFIX = "/v1";

    private final ReadToken token;

    /**
     * @param tokenSha256 {@code shelfwise.read.token-sha256}: SHA-256 (hex) of the token every {@code /v1} request
     *                    must carry as {@code Authorization: Bearer <token>}; unset, the API is open. A single
     *                    optional key read by every service that uses this jar, hence no mapping interface.
     */
    public ReadTokenFilter(@ConfigProperty(name = "shelfwise.read.token-sha256") Optional<String> tokenSha256) {
        this.token = ReadToken.of(tokenSha256);
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> requireToken(ContainerRequestContext request) {
        if (!token.required() || !request.getUriInfo().getPath().startsWith(API_PREFIX)
                || token.permits(request.getHeaderString(HttpHeaders.AUTHORIZATION))) {
            return Optional.empty();
        }
        return Optional.of(Response.status(Response.Status.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity("{\"status\":401,\"error\":\"Unauthorized\",\"message\":\"this API needs its token: "
                        + "Authorization: Bearer <token> (shelfwise.read.token-sha256 is set)\"}")
                .build());
    }
}
