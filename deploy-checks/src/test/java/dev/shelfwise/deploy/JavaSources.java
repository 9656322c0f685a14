package dev.shelfwise.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A module's main Java sources, read as text (these tests never load the services' classes). */
final class JavaSources {
    private JavaSources() {
    }

    static List<Path> of(String module) {
        Path sources = Repo.path(module + "/src/main/java");
        return Files.isDirectory(sources) ? Repo.files(module + "/src/main/java", ".java") : List.of();
    }

    /** The source without comments; string and character literals are kept as they are. */
    static String withoutComments(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            char next = i + 1 < source.length() ? source.charAt(i + 1) : '\0';
            if (c == '/' && next == '/') {
                while (i < source.length() && source.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && next == '*') {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? source.length() : end + 2;
                out.append(' ');
            } else if (c == '"' && source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                int stop = end < 0 ? source.length() : end + 3;
                out.append(source, i, stop);
                i = stop;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < source.length() && source.charAt(j) != c) {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                int stop = Math.min(j + 1, source.length());
                out.append(source, i, stop);
                i = stop;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The index of the brace that closes the one at {@code open} (literals and comments already removed or harmless). */
    static int closingBrace(String source, int open) {
        int depth = 0;
        boolean inString = false;
        char quote = 0;
        for (int i = open; i < source.length(); i++) {
            char c = source.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    inString = false;
                }
            } else if (c == '"' || c == '\'') {
                inString = true;
                quote = c;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        throw new IllegalStateException("unbalanced braces from index " + open);
    }

    static boolean exists(String module) {
        return Files.isDirectory(Repo.path(module));
    }
}
