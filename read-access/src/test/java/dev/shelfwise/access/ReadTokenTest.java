package dev.shelfwise.access;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReadTokenTest {
    /** printf %s read-secret | sha256sum */
    private static final String DIGEST = "f0fd6c09405cb6d3707d04067d8509cb924e62ae66fa02067c2bc467b0d721e4";

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "Bearer read-secret        | true",
            "bearer read-secret        | true",
            "BEARER   read-secret      | true",
            "Bearer read-secret2       | false",
            "Bearer Read-secret        | false",
            "Bearer                    | false",
            "Basic cmVhZC1zZWNyZXQ=    | false",
            "read-secret               | false",
            "NULL                      | false",
            "Bearer ' OR '1'='1        | false",
    })
    void theConfiguredTokenAloneReads(String authorization, boolean permitted) {
        assertEquals(permitted, ReadToken.of(Optional.of(DIGEST)).permits(authorization == null ? null : authorization.strip()));
    }

    @Test
    void withoutADigestEveryRequestReads() {
        ReadToken open = ReadToken.of(Optional.empty());
        assertFalse(open.required());
        assertTrue(open.permits(null));
        assertTrue(ReadToken.of(Optional.of("  ")).permits("Bearer anything"));
    }

    @Test
    void aDigestThatIsNotSha256HexRefusesToStart() {
        assertThrows(IllegalArgumentException.class, () -> ReadToken.of(Optional.of("read-secret")));
        assertThrows(IllegalArgumentException.class, () -> ReadToken.of(Optional.of(DIGEST.substring(1) + "g")));
        assertTrue(ReadToken.of(Optional.of(DIGEST.toUpperCase())).required());
    }
}
