package dev.shelfwise.ingest.connectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * The signature Shopify and WooCommerce both put on a webhook: the base64 HMAC-SHA256 of the raw body, keyed with
 * the shop's webhook secret. Checked on the bytes as received (parsing first would change them) and compared in
 * constant time, so the answer's timing says nothing about how close a forgery was.
 */
public final class WebhookSignature {
    private static final String ALGORITHM = "HmacSHA256";

    private WebhookSignature() {
    }

    /** True only when {@code signature} is the base64 HMAC-SHA256 of {@code body} under {@code secret}. */
    public static boolean verify(String secret, byte[] body, String signature) {
        if (secret == null || secret.isEmpty() || signature == null || signature.isBlank()) {
            return false;
        }
        byte[] claimed;
        try {
            claimed = Base64.getDecoder().decode(signature.strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(hmac(secret, body), claimed);
    }

    /** The signature a platform would send for this body (used by tests and by shops testing their set-up). */
    public static String sign(String secret, byte[] body) {
        return Base64.getEncoder().encodeToString(hmac(secret, body));
    }

    private static byte[] hmac(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has " + ALGORITHM, e);
        }
    }
}
