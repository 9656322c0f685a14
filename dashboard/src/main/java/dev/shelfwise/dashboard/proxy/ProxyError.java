package dev.shelfwise.dashboard.proxy;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The JSON the proxy answers with when it cannot pass a service's own answer on, shaped like the services' errors.
 *
 * @param service the {@code /api/{service}} name, when one was recognised
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProxyError(int status, String error, String message, String service) {
}
