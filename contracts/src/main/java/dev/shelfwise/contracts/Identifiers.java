package dev.shelfwise.contracts;

/**
 * What every service accepts as an identifier (order id, SKU, customer id …): the same limits at the door of
 * order-ingest and on the read and what-if endpoints of the other services, so an id one refuses is refused by all.
 */
public final class Identifiers {
    /** Identifiers longer than this are typos or abuse. */
    public static final int MAX_LENGTH = 128;

    private Identifiers() {
    }

    /**
     * Whether the text holds a control character (Unicode category Cc) or an invisible format character (Cf:
     * zero-width, bidi overrides), which make ids that look alike. A loop rather than a regex: it runs on every id of
     * every ingested order (a regex matcher per id was 4 % of order-ingest's CPU), and printable ASCII, nearly every
     * character of a real id, is decided without a table lookup.
     */
    public static boolean hasInvisibleCharacters(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (c < 0x20 || c >= 0x7f) {
                int type = Character.getType(c);
                if (type == Character.CONTROL || type == Character.FORMAT) {
                    return true;
                }
            }
            i += Character.charCount(c);
        }
        return false;
    }
}
