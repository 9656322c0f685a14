package dev.shelfwise.deploy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** YAML files as Jackson trees: every document of a file, duplicate keys refused. */
final class Yaml {
    private static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private Yaml() {
    }

    /** A document and the file it came from. */
    record Doc(Path file, JsonNode node) {
        String kind() {
            return node.path("kind").asText("");
        }

        String name() {
            return node.path("metadata").path("name").asText("");
        }

        String apiVersion() {
            return node.path("apiVersion").asText("");
        }

        @Override
        public String toString() {
            return kind() + "/" + name() + " (" + Repo.relative(file) + ")";
        }
    }

    /** Every non-empty document of the file (a file may start with comments and "---"). */
    static List<Doc> documents(Path file) {
        try (YAMLParser parser = (YAMLParser) MAPPER.getFactory().createParser(file.toFile());
             MappingIterator<JsonNode> values = MAPPER.readValues(parser, JsonNode.class)) {
            List<Doc> docs = new ArrayList<>();
            while (values.hasNextValue()) {
                JsonNode node = values.nextValue();
                if (node != null && !node.isNull() && !node.isMissingNode()) {
                    docs.add(new Doc(file, node));
                }
            }
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse " + Repo.relative(file) + ": " + e.getMessage(), e);
        }
    }

    static JsonNode single(Path file) {
        List<Doc> docs = documents(file);
        if (docs.size() != 1) {
            throw new IllegalStateException(Repo.relative(file) + " holds " + docs.size() + " documents, not one");
        }
        return docs.get(0).node();
    }

    static Iterable<Map.Entry<String, JsonNode>> fields(JsonNode node) {
        return () -> {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            return fields;
        };
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The text of a scalar, or empty when the node is missing, null or not a scalar. */
    static Optional<String> text(JsonNode node) {
        return node != null && node.isValueNode() && !node.isNull() ? Optional.of(node.asText()) : Optional.empty();
    }
}
