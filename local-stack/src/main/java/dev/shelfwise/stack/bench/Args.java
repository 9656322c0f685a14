package dev.shelfwise.stack.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code --name value} options of a bench step or the chaos runner ({@code --flag} alone means true). */
public final class Args {
    private final Map<String, String> values = new HashMap<>();

    public Args(String[] argv) {
        for (int i = 0; i < argv.length; i++) {
            if (!argv[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument: " + argv[i]);
            }
            String name = argv[i].substring(2);
            String value = i + 1 < argv.length && !argv[i + 1].startsWith("--") ? argv[++i] : "true";
            values.put(name, value);
        }
    }

    public String required(String name) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing --" + name);
        }
        return value;
    }

    public String get(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    public int getInt(String name, int fallback) {
        return values.containsKey(name) ? Integer.parseInt(values.get(name)) : fallback;
    }

    public List<String> list(String name) {
        String value = values.get(name);
        return value == null || value.isBlank() ? List.of() : List.of(value.split(","));
    }
}
