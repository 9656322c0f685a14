package dev.shelfwise.deploy;

import java.util.Locale;

/** Naming rules of SmallRye Config and Micrometer's Prometheus registry. */
final class Names {
    private Names() {
    }

    /** A Java method name as a configuration name: {@code tokenSha256} becomes {@code token-sha256}. */
    static String kebab(String camel) {
        StringBuilder out = new StringBuilder();
        for (char c : camel.toCharArray()) {
            if (Character.isUpperCase(c)) {
                out.append('-').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The environment variable of a property: every character that is not a letter or a digit becomes {@code _}, the
     * rest upper case ({@code quarkus.http.port} is {@code QUARKUS_HTTP_PORT}).
     */
    static String env(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    /** A Micrometer meter name as Prometheus shows it: dots become underscores ({@code _total} etc. added by type). */
    static String prometheus(String meter) {
        return meter.replaceAll("[^A-Za-z0-9_:]", "_");
    }
}
