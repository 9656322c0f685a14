package dev.shelfwise.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * The API token of a reading service, kept as the SHA-256 of the token (configuration never holds the token itself).
 * Without a configured digest every request is let through: the token is optional, for deployments whose network
 * alone does not keep strangers out.
 */
public final class ReadToken {
    private static final String BEARER = "bearer ";
    private static final int SHA256_HEX_LENGTH = 64;

    private final byte[] digest;

    private ReadToken(byte[] digest) {
        this.digest = digest;
    }

    /** A token check for the configured hex digest; an empty one lets every request through. */
    public static ReadToken of(Optional<String> sha256Hex) {
        if (sha256Hex.isEmpty() || sha256Hex.get().isBlank()) {
            return new ReadToken(null);
        }
        String hex = sha256Hex.get().trim().toLowerCase(Locale.ROOT);
        if (hex.length() != SHA256_HEX_LENGTH || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            // a typo here would silently lock everyone out or, worse, be mistaken for "no token": refuse to start
            throw new IllegalArgumentException("shelfwise.read.token-sha256 must be 64 hex digits (printf %s \"$TOKEN\" | sha256sum)");
        }
        return new ReadToken(HexFormat.of().parseHex(hex));
    }

    /** Whether a token is required at all. */
    public boolean required() {
        return digest != null;
    }

    /** Whether a request with this Authorization header may read. Compared in constant time. */
    public boolean permits(String authorization) {
        if (digest == null) {
            return true;
        }
        if (authorization == null || authorization.length() <= BEARER.length()
                || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return false;
        }
        byte[] presented = sha256(authorization.substring(BEARER.length()).trim());
        return MessageDigest.isEqual(digest, presented);
    }

    private static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
