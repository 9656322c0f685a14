package dev.shelfwise.ingest.connectors;

/**
 * The delivery's signature does not match the platform's secret, or the platform has no secret for this connector.
 * One message for both, so a caller cannot probe which platforms exist.
 */
public class WebhookUnauthorizedException extends RuntimeException {
    public WebhookUnauthorizedException(String signatureHeader) {
        super("the " + signatureHeader + " signature does not match this platform's webhook secret; nothing was written");
    }
}
