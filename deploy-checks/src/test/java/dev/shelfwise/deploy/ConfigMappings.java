package dev.shelfwise.deploy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The properties of a module's {@code @ConfigMapping} interfaces, read from their source: each leaf method becomes a
 * property (prefix + kebab-case names, {@code *} for a map key), with whether it has a default or may be absent.
 */
final class ConfigMappings {
    private static final Pattern MAPPING = Pattern.compile("@ConfigMapping\\s*\\(\\s*prefix\\s*=\\s*\"([^\"]+)\"\\s*\\)");
    private static final Pattern INTERFACE = Pattern.compile("\\binterface\\s+(\\w+)[^{]*\\{");
    private static final Pattern ANNOTATION = Pattern.compile("@(\\w+)\\s*(?:\\(([^)]*)\\))?");
    private static final Pattern METHOD = Pattern.compile("^(.+?)\\s+(\\w+)\\s*\\(\\s*\\)\\s*$", Pattern.DOTALL);
    private static final Pattern MAP_OF_GROUP = Pattern.compile("Map\\s*<\\s*String\\s*,\\s*(\\w+)\\s*>");

    private ConfigMappings() {
    }

    /**
     * One property of a mapping.
     *
     * @param name     e.g. {@code shelfwise.ingest.platforms.*.token-sha256}
     * @param required     neither {@code @WithDefault} nor {@code Optional} nor a member of a map entry (a map may be
     *                     empty): the application does not start without it
     * @param optional     an {@code Optional} (or a map): the application starts without it even where it applies
     * @param defaultValue the {@code @WithDefault} value, or null
     */
    record Property(String name, boolean required, boolean optional, String defaultValue) {
        Property(String name, boolean required) {
            this(name, required, !required, null);
        }

        /** Whether a concrete property name (a properties-file key) is this one. */
        boolean matches(String concrete) {
            return regex("(?:\"[^\"]+\"|[^.]+)", "\\.", Pattern::quote).matcher(concrete).matches();
        }

        /** Whether an environment variable sets this property (SmallRye Config's environment-variable names). */
        boolean matchesEnv(String variable) {
            return regex("[A-Z0-9_]+", "_", segment -> Pattern.quote(Names.env(segment))).matcher(variable).matches();
        }

        private Pattern regex(String anyKey, String separator, UnaryOperator<String> literal) {
            List<String> parts = new ArrayList<>();
            for (String segment : name.split("\\.")) {
                parts.add(segment.equals("*") ? anyKey : literal.apply(segment));
            }
            return Pattern.compile(String.join(separator, parts));
        }
    }

    private record Method(List<String> annotations, Map<String, String> annotationValues, String type, String name) {
    }

    /** Every mapped property of the module's main sources. */
    static List<Property> of(String module) {
        List<Property> properties = new ArrayList<>();
        for (Path file : JavaSources.of(module)) {
            String source = JavaSources.withoutComments(Repo.read(file));
            Matcher mapping = MAPPING.matcher(source);
            if (!mapping.find()) {
                continue;
            }
            Map<String, String> interfaces = interfaces(source);
            Matcher root = INTERFACE.matcher(source);
            if (!root.find(mapping.end())) {
                throw new IllegalStateException("no interface after @ConfigMapping in " + Repo.relative(file));
            }
            collect(mapping.group(1), interfaces.get(root.group(1)), interfaces, false, properties);
        }
        return properties;
    }

    /** Every interface of the source (nested ones too), by simple name, with its body. */
    private static Map<String, String> interfaces(String source) {
        Map<String, String> bodies = new HashMap<>();
        Matcher matcher = INTERFACE.matcher(source);
        while (matcher.find()) {
            int open = matcher.end() - 1;
            bodies.put(matcher.group(1), source.substring(open + 1, JavaSources.closingBrace(source, open)));
        }
        return bodies;
    }

    private static void collect(String prefix, String body, Map<String, String> interfaces, boolean inMapEntry,
                                List<Property> out) {
        for (Method method : methods(body)) {
            String name = prefix + "." + method.annotationValues().getOrDefault("WithName", Names.kebab(method.name()));
            String type = method.type().replaceAll("\\s+", " ").trim();
            Matcher mapOfGroup = MAP_OF_GROUP.matcher(type);
            if (interfaces.containsKey(type)) {
                collect(name, interfaces.get(type), interfaces, inMapEntry, out);
            } else if (mapOfGroup.matches() && interfaces.containsKey(mapOfGroup.group(1))) {
                collect(name + ".*", interfaces.get(mapOfGroup.group(1)), interfaces, true, out);
            } else if (type.startsWith("Map")) {
                out.add(new Property(name + ".*", false));
            } else {
                boolean optional = type.startsWith("Optional");
                boolean defaulted = method.annotations().contains("WithDefault");
                out.add(new Property(name, !optional && !defaulted && !inMapEntry, optional,
                        method.annotationValues().get("WithDefault")));
            }
        }
    }

    /** The abstract methods declared directly in an interface body (default methods and nested types skipped). */
    private static List<Method> methods(String body) {
        List<Method> methods = new ArrayList<>();
        StringBuilder statement = new StringBuilder();
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c == '{') {
                int close = JavaSources.closingBrace(body, i);
                statement.setLength(0); // a nested type or a default method: not a property here
                i = close + 1;
                continue;
            }
            if (c == ';') {
                method(statement.toString()).ifPresent(methods::add);
                statement.setLength(0);
            } else if (c == '"') {
                int end = body.indexOf('"', i + 1);
                statement.append(body, i, end + 1);
                i = end + 1;
                continue;
            } else {
                statement.append(c);
            }
            i++;
        }
        return methods;
    }

    private static Optional<Method> method(String statement) {
        List<String> annotations = new ArrayList<>();
        Map<String, String> values = new HashMap<>();
        Matcher annotation = ANNOTATION.matcher(statement);
        int end = 0;
        while (annotation.find() && statement.substring(end, annotation.start()).isBlank()) {
            annotations.add(annotation.group(1));
            if (annotation.group(2) != null) {
                values.put(annotation.group(1), annotation.group(2).trim().replaceAll("^\"|\"$", ""));
            }
            end = annotation.end();
        }
        String rest = statement.substring(end).replaceAll("\\b(public|static|abstract)\\b", "").trim();
        Matcher method = METHOD.matcher(rest);
        if (rest.isEmpty() || !method.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Method(annotations, values, method.group(1), method.group(2)));
    }
}
