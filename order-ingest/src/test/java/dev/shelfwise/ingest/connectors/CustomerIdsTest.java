package dev.shelfwise.ingest.connectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CustomerIdsTest {

    @ParameterizedTest(name = "account {0}, e-mail {1}, key {2} -> {3}")
    @CsvSource(nullValues = "NULL", value = {
            "7001, Jordan.Lee@example.com, ACCOUNT, 7001",
            "7001, Jordan.Lee@example.com, EMAIL,   JORDAN",
            "NULL, Jordan.Lee@example.com, ACCOUNT, JORDAN",
            "0,    Jordan.Lee@example.com, ACCOUNT, JORDAN",
            "'',   Jordan.Lee@example.com, ACCOUNT, JORDAN",
            "7001, NULL,                   EMAIL,   7001",
            "NULL, NULL,                   ACCOUNT, anonymous-O-9",
    })
    void theIdentityFollowsTheRules(String account, String email, CustomerKey key, String expected) {
        assertEquals("JORDAN".equals(expected) ? CustomerIds.fromEmail("jordan.lee@example.com") : expected,
                CustomerIds.of(account, email, key, "O-9"));
    }

    @Test
    void aGuestIsTheSameWhateverTheCaseAndSpacesOfTheAddress() {
        assertEquals(CustomerIds.fromEmail("jordan.lee@example.com"), CustomerIds.fromEmail("  Jordan.LEE@Example.com "));
        assertNotEquals(CustomerIds.fromEmail("jordan.lee@example.com"), CustomerIds.fromEmail("jordan.le@example.com"));
    }

    @Test
    void theAddressNeverAppearsInTheId() {
        String id = CustomerIds.fromEmail("jordan.lee@example.com");
        assertFalse(id.contains("jordan") || id.contains("example") || id.contains("@"), id);
        assertTrue(id.matches("email-[0-9a-f]{32}"), id);
    }

    @Test
    void theHashIsSha256OfTheNormalisedAddress() throws Exception {
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest("jordan.lee@example.com".getBytes());
        assertEquals("email-" + java.util.HexFormat.of().formatHex(digest).substring(0, 32),
                CustomerIds.fromEmail("Jordan.Lee@example.com"));
    }
}
