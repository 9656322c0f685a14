package dev.shelfwise.alerts.delivery;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReceiverTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "ops, /api/v2/webhook,                the url must be an absolute http(s) URL with a host",
            "ops, ftp://alertmanager/hook,        the url must be an absolute http(s) URL with a host",
            "ops, mailto:ops@example.com,         the url must be an absolute http(s) URL with a host",
            "ops, 'http://alert manager/hook',    the url is not a URL",
    })
    void aBadUrlIsRefusedNamingTheReceiverButNotTheUrl(String name, String url, String reason) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Receiver.of(name, url, "alertmanager", Optional.empty()));
        assertEquals("webhook receiver " + name + ": " + reason, e.getMessage());
    }

    @Test
    void aReceiverIsShownByNameAndFormatOnly() {
        Receiver receiver = Receiver.of("ops", "https://hooks.example/T0/secret-path", "json", Optional.of("s3cr3t"));
        assertEquals(PayloadFormat.JSON, receiver.format());
        assertEquals("Receiver[ops, json, with a bearer token]", receiver.toString());
        assertFalse(receiver.toString().contains("secret-path"));
    }

    @Test
    void aBlankTokenIsNoToken() {
        assertTrue(Receiver.of("ops", "http://127.0.0.1:9093/", "alertmanager", Optional.of(" ")).bearerToken().isEmpty());
    }
}
