package dev.shelfwise.ingest.auth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PlatformAuthenticatorTest {
    private final PlatformAuthenticator authenticator = new PlatformAuthenticator(Map.of(
            "shop-a", PlatformAuthenticator.sha256Hex("token-a"),
            "shop-b", PlatformAuthenticator.sha256Hex("token-b").toUpperCase()));

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            "Bearer token-a     | shop-a",
            "Bearer token-b     | shop-b",
            "Bearer  token-a    | shop-a",
            "Bearer token-c     | none",
            "bearer token-a     | none",
            "Basic dG9rZW4tYQ== | none",
            "token-a            | none",
            "none               | none",
    })
    void mapsTokensToPlatforms(String header, String platform) {
        assertEquals(Optional.ofNullable(platform), authenticator.platformFor(header));
    }

    @Test
    void digestIsTheHexSha256OfTheToken() {
        // printf %s demo-token | sha256sum
        assertEquals("7c43ef5ae21d43ce2743f770c68e24def1a43ee2f416d2438410c8af7af2ff2c",
                PlatformAuthenticator.sha256Hex("demo-token"));
    }
}
