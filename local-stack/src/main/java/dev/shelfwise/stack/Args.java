package dev.shelfwise.stack;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Minimal {@code --name value} parsing for the stack's command-line tools. */
final class Args {
    private final Map<String, String> values = new HashMap<>();

    private Args(String[] argv) {
        for (int i = 0; i < argv.length; i++) {
            String name = argv[i];
            if (!name.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument: " + name);
            }
            boolean flag = i + 1 >= argv.length || argv[i + 1].startsWith("--");
            values.put(name.substring(2), flag ? "true" : argv[++i]);
        }
    }

    static Args parse(String[] argv) {
        return new Args(argv);
    }

    String required(String name) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing --" + name);
        }
        return value;
    }

    String get(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    int getInt(String name, int fallback) {
        return Integer.parseInt(get(name, String.valueOf(fallback)));
    }

    boolean flag(String name) {
        return Boolean.parseBoolean(values.getOrDefault(name, "false"));
    }

    List<String> list(String name) {
        String value = values.get(name);
        return value == null || value.isBlank() ? List.of() : List.of(value.split(","));
    }
}
