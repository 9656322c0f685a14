package dev.shelfwise.contracts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class IdentifiersTest {

    // Java literals rather than a CSV source: a CSV parser would trim or split some of these characters itself
    static Stream<Arguments> ids() {
        return Stream.of(
                Arguments.of("BK-001", false, "plain ASCII"),
                Arguments.of("Café-001", false, "accented letters are visible"),
                Arguments.of("书-001", false, "CJK is visible"),
                Arguments.of("\uD83D\uDCDA-1", false, "an emoji (a surrogate pair) is visible"),
                Arguments.of("BK\u0000001", true, "NUL"),
                Arguments.of("BK-001\n", true, "a line feed"),
                Arguments.of("BK\u007F001", true, "DEL"),
                Arguments.of("BK\u0085001", true, "a C1 control"),
                Arguments.of("BK\u200B001", true, "zero-width space"),
                Arguments.of("BK\u202E100", true, "right-to-left override"),
                Arguments.of("\uFEFFBK-001", true, "byte order mark"),
                Arguments.of("BK\uDB40\uDC01-1", true, "a format character outside the BMP (language tag)"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("ids")
    void findsControlAndInvisibleFormatCharacters(String id, boolean invisible, String what) {
        assertEquals(invisible, Identifiers.hasInvisibleCharacters(id));
    }

    @Test
    void agreesWithTheUnicodeCategoriesCcAndCfOnEveryCodePoint() {
        Pattern controlOrFormat = Pattern.compile("[\\p{Cc}\\p{Cf}]");
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            String text = "a" + new String(Character.toChars(c)) + "b";
            assertEquals(controlOrFormat.matcher(text).find(), Identifiers.hasInvisibleCharacters(text),
                    () -> "code point U+" + Integer.toHexString(text.codePointAt(1)));
        }
    }
}
