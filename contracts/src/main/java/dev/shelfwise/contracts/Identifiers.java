package dev.shelfwise.contracts;

import java.util.regex.Pattern;

/**
 * What every service accepts as an identifier (order id, SKU, customer id …): the same limits at the door of
 * order-ingest and on the read and what-if endpoints of the other services, so an id one refuses is refused by all.
 */
public final class Identifiers {
    /** Identifiers longer than this are typos or abuse. */
    public static final int MAX_LENGTH = 128;
    // control characters and invisible format characters (zero-width, bidi overrides) make ids that look alike
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}]");

    private Identifiers() {
    }

    /** Whether the text holds a control or invisible format character. */
    public static boolean hasInvisibleCharacters(String text) {
        return INVISIBLE.matcher(text).find();
    }
}
