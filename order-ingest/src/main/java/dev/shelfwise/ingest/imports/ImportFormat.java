package dev.shelfwise.ingest.imports;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The order exports that can be imported, by the name used on the command line and in the URL. */
public enum ImportFormat {
    SHOPIFY, WOOCOMMERCE, SHELFWISE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ImportFormat> of(String label) {
        return Arrays.stream(values()).filter(format -> format.label().equals(label)).findFirst();
    }
}
