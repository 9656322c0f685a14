package dev.shelfwise.ingest.connectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WebhookSignatureTest {
    private static final byte[] BODY = "{\"id\":5120001,\"total_price\":\"94.35\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void aKnownDigestMatchesOpenSsl() {
        // printf %s 'hello' | openssl dgst -sha256 -hmac 'key' -binary | base64
        assertEquals("kwezuRXvtRcf8U2MtV+8x5jGwO8UVtZt7RpqpyOli3s=",
                WebhookSignature.sign("key", "hello".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theSignatureOfTheBodyWithTheSecretVerifies() {
        assertTrue(WebhookSignature.verify("shop-secret", BODY, WebhookSignature.sign("shop-secret", BODY)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "another secret             | other-secret | sign  | body",
            "a body changed after signing | shop-secret  | sign  | changed",
            "no signature header        | shop-secret  | NULL  | body",
            "an empty signature         | shop-secret  | ''    | body",
            "not base64                 | shop-secret  | %%%%  | body",
            "a hex digest, not base64   | shop-secret  | hex   | body",
            "no secret configured       | NULL         | sign  | body",
    })
    void everythingElseFails(String why, String secret, String signature, String body) {
        String header = switch (signature == null ? "null" : signature) {
            case "null" -> null;
            case "sign" -> WebhookSignature.sign("shop-secret", BODY);
            case "hex" -> HexFormat.of().formatHex(Base64.getDecoder().decode(WebhookSignature.sign("shop-secret", BODY)));
            default -> signature;
        };
        byte[] received = "changed".equals(body) ? "{\"id\":5120001,\"total_price\":\"0.01\"}".getBytes(StandardCharsets.UTF_8) : BODY;
        assertFalse(WebhookSignature.verify(secret, received, header), why);
    }
}
