package dev.shelfwise.deploy;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** docker-compose.yml at the repository root, with Compose's {@code ${VARIABLE:-default}} interpolation. */
final class Compose {
    static final String FILE = "docker-compose.yml";
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{(\\w+)(?::?-([^}]*))?}");

    private Compose() {
    }

    static JsonNode root() {
        return Yaml.single(Repo.path(FILE));
    }

    static JsonNode service(String name) {
        JsonNode service = root().path("services").path(name);
        if (service.isMissingNode()) {
            throw new AssertionError(FILE + " has no service " + name);
        }
        return service;
    }

    static List<String> serviceNames() {
        return Yaml.fieldNames(root().path("services"));
    }

    /** A service's environment, map or list form, values as written (not interpolated). */
    static Map<String, String> environment(String service) {
        Map<String, String> environment = new LinkedHashMap<>();
        JsonNode node = service(service).path("environment");
        if (node.isArray()) {
            for (JsonNode entry : node) {
                String[] parts = entry.asText().split("=", 2);
                environment.put(parts[0], parts.length > 1 ? parts[1] : "");
            }
        } else {
            for (Map.Entry<String, JsonNode> entry : Yaml.fields(node)) {
                environment.put(entry.getKey(), entry.getValue().isNull() ? "" : entry.getValue().asText());
            }
        }
        return environment;
    }

    /** The value Compose uses when no variable is set: every {@code ${X:-default}} replaced by its default. */
    static String defaults(String value) {
        Matcher matcher = VARIABLE.matcher(value);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(matcher.group(2) == null ? "" : matcher.group(2)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** The variables a value interpolates, with their defaults. */
    static Map<String, String> variables(String value) {
        Map<String, String> variables = new LinkedHashMap<>();
        Matcher matcher = VARIABLE.matcher(value);
        while (matcher.find()) {
            variables.put(matcher.group(1), matcher.group(2));
        }
        return variables;
    }

    /** A "HOST:CONTAINER" port mapping split in its two halves (HOST as written, possibly a variable). */
    record PortMapping(String host, int container) {
    }

    static List<PortMapping> ports(String service) {
        List<PortMapping> mappings = new ArrayList<>();
        for (JsonNode port : service(service).path("ports")) {
            String spec = port.asText();
            int split = spec.lastIndexOf(':');
            mappings.add(new PortMapping(spec.substring(0, split), Integer.parseInt(spec.substring(split + 1))));
        }
        return mappings;
    }

    /** The healthcheck's test as one string. */
    static String healthcheck(String service) {
        JsonNode test = service(service).path("healthcheck").path("test");
        if (test.isArray()) {
            StringBuilder joined = new StringBuilder();
            test.forEach(part -> joined.append(joined.length() == 0 ? "" : " ").append(part.asText()));
            return joined.toString();
        }
        return test.asText("");
    }
}
