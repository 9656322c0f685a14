package dev.shelfwise.ingest.connectors;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The {@code customerId} of a platform order: the shop's customer account, or for a guest checkout a hash of the
 * e-mail address. The address itself never leaves this class: only its SHA-256 (of the trimmed, lower-cased address)
 * is used, so the same guest is recognised across orders without Shelfwise storing who they are.
 */
public final class CustomerIds {
    static final String EMAIL_PREFIX = "email-";
    static final String ANONYMOUS_PREFIX = "anonymous-";
    /** 128 bits of the digest: ample against collisions between shoppers, short enough for an id. */
    static final int HASH_BYTES = 16;

    private CustomerIds() {
    }

    /**
     * @param accountId the platform's customer id, null or blank (or "0" for WooCommerce) for a guest
     * @param email     the order's e-mail address, may be null
     * @param key       which identity wins when both are known
     * @param orderId   names the customer when the order has neither (a point-of-sale sale without an address)
     */
    public static String of(String accountId, String email, CustomerKey key, String orderId) {
        boolean hasAccount = accountId != null && !accountId.isBlank() && !"0".equals(accountId.strip());
        boolean hasEmail = email != null && !email.isBlank();
        if (hasAccount && (key == CustomerKey.ACCOUNT || !hasEmail)) {
            return accountId.strip();
        }
        if (hasEmail) {
            return fromEmail(email);
        }
        return ANONYMOUS_PREFIX + orderId;
    }

    /** The pseudonymous id of an e-mail address. */
    public static String fromEmail(String email) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(email.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return EMAIL_PREFIX + HexFormat.of().formatHex(digest, 0, HASH_BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
