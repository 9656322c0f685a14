package dev.shelfwise.ingest.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * Maps a bearer token to the platform it belongs to. Only SHA-256 digests of tokens are held, and every digest is
 * compared in constant time so the answer's timing says nothing about how close a guess was.
 */
public final class PlatformAuthenticator {
    private static final String BEARER = "Bearer ";

    private final Map<String, byte[]> digestByPlatform;

    /** @param tokenSha256ByPlatform hex SHA-256 of each platform's token */
    public PlatformAuthenticator(Map<String, String> tokenSha256ByPlatform) {
        this.digestByPlatform = Map.copyOf(tokenSha256ByPlatform.entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                        entry -> HexFormat.of().parseHex(entry.getValue().strip().toLowerCase()))));
    }

    /** The platform whose token is in this {@code Authorization} header, if any. */
    public Optional<String> platformFor(String authorizationHeader) {
        if (authorizationHeader == null || !authorizationHeader.startsWith(BEARER)) {
            return Optional.empty();
        }
        byte[] digest = sha256(authorizationHeader.substring(BEARER.length()).strip());
        String match = null;
        for (Map.Entry<String, byte[]> entry : digestByPlatform.entrySet()) {
            // no early exit: every configured digest is compared
            if (MessageDigest.isEqual(digest, entry.getValue())) {
                match = entry.getKey();
            }
        }
        return Optional.ofNullable(match);
    }

    public static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** The hex digest to put in configuration for a token. */
    public static String sha256Hex(String token) {
        return HexFormat.of().formatHex(sha256(token));
    }
}
