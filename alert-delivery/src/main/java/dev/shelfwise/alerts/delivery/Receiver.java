package dev.shelfwise.alerts.delivery;

import java.net.URI;
import java.util.Optional;
import java.util.Set;

/**
 * A webhook that gets every transition of the service's alerts.
 *
 * @param name        the name it is configured under; it is what attempts record and what Alertmanager's
 *                    {@code receiver} field says (the URL is never shown: its path often carries a secret)
 * @param bearerToken sent as {@code Authorization: Bearer …} when present; never logged nor shown
 */
public record Receiver(String name, URI url, PayloadFormat format, Optional<String> bearerToken) {

    private static final Set<String> SCHEMES = Set.of("http", "https");

    public Receiver {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a webhook receiver needs a name");
        }
        if (url == null || !url.isAbsolute() || !SCHEMES.contains(url.getScheme()) || url.getHost() == null) {
            throw new IllegalArgumentException("webhook receiver " + name + ": the url must be an absolute http(s)"
                    + " URL with a host");
        }
        if (format == null) {
            throw new IllegalArgumentException("webhook receiver " + name + " needs a format");
        }
        bearerToken = bearerToken == null ? Optional.empty() : bearerToken.filter(token -> !token.isBlank());
    }

    /** A receiver from configuration text, e.g. {@code ("ops", "http://alertmanager:9093/…", "alertmanager", …)}. */
    public static Receiver of(String name, String url, String format, Optional<String> bearerToken) {
        URI uri;
        try {
            uri = URI.create(url.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("webhook receiver " + name + ": the url is not a URL", e);
        }
        return new Receiver(name, uri, PayloadFormat.of(format), bearerToken);
    }

    /** Names the receiver only: the URL and the token stay out of logs. */
    @Override
    public String toString() {
        return "Receiver[" + name + ", " + format.code() + (bearerToken.isPresent() ? ", with a bearer token]" : "]");
    }
}
