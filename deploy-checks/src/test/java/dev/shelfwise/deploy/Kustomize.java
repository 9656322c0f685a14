package dev.shelfwise.deploy;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A Kustomize tree read as files, the way {@code kubectl kustomize} would collect it, without applying patches or
 * transformers: the resources of a kustomization and of every kustomization it includes, and the generators.
 */
final class Kustomize {
    static final String BASE = "deploy/kubernetes/base";
    static final String LOCAL = "deploy/kubernetes/overlays/local";

    private Kustomize() {
    }

    static Path kustomizationFile(Path dir) {
        for (String name : List.of("kustomization.yaml", "kustomization.yml", "Kustomization")) {
            if (Files.isRegularFile(dir.resolve(name))) {
                return dir.resolve(name);
            }
        }
        throw new IllegalStateException("no kustomization in " + Repo.relative(dir));
    }

    static JsonNode kustomization(Path dir) {
        return Yaml.single(kustomizationFile(dir));
    }

    /** The kustomization directories of the tree, this one first. */
    static List<Path> layers(String dir) {
        List<Path> layers = new ArrayList<>();
        collectLayers(Repo.path(dir).normalize(), layers);
        return layers;
    }

    private static void collectLayers(Path dir, List<Path> layers) {
        if (layers.contains(dir)) {
            return;
        }
        layers.add(dir);
        for (JsonNode resource : kustomization(dir).path("resources")) {
            Path target = dir.resolve(resource.asText()).normalize();
            if (Files.isDirectory(target)) {
                collectLayers(target, layers);
            }
        }
    }

    /** The resource files a kustomization lists itself (not those of included kustomizations). */
    static List<Path> resourceFiles(Path dir) {
        List<Path> files = new ArrayList<>();
        for (JsonNode resource : kustomization(dir).path("resources")) {
            Path target = dir.resolve(resource.asText()).normalize();
            if (!Files.isDirectory(target)) {
                files.add(target);
            }
        }
        return files;
    }

    /** Every document of every resource file of the tree. */
    static List<Yaml.Doc> resources(String dir) {
        List<Yaml.Doc> docs = new ArrayList<>();
        for (Path layer : layers(dir)) {
            for (Path file : resourceFiles(layer)) {
                docs.addAll(Yaml.documents(file));
            }
        }
        return docs;
    }

    static List<Yaml.Doc> ofKind(List<Yaml.Doc> docs, String kind) {
        return docs.stream().filter(doc -> doc.kind().equals(kind)).collect(Collectors.toList());
    }

    static Optional<Yaml.Doc> find(List<Yaml.Doc> docs, String kind, String name) {
        return docs.stream().filter(doc -> doc.kind().equals(kind) && doc.name().equals(name)).findFirst();
    }

    /** secretGenerator (or configMapGenerator) entries of the tree: name to the keys it generates. */
    static Map<String, Set<String>> generated(String dir, String generator) {
        Map<String, Set<String>> generated = new LinkedHashMap<>();
        for (Path layer : layers(dir)) {
            for (JsonNode entry : kustomization(layer).path(generator)) {
                Set<String> keys = generated.computeIfAbsent(entry.path("name").asText(), name -> new LinkedHashSet<>());
                for (JsonNode literal : entry.path("literals")) {
                    keys.add(literal.asText().split("=", 2)[0]);
                }
                for (JsonNode file : entry.path("files")) {
                    String spec = file.asText();
                    keys.add(spec.contains("=") ? spec.split("=", 2)[0] : Path.of(spec).getFileName().toString());
                }
            }
        }
        return generated;
    }

    /** The files a generator of a layer reads, resolved against that layer. */
    static List<Path> generatorFiles(Path layer, String generator) {
        List<Path> files = new ArrayList<>();
        for (JsonNode entry : kustomization(layer).path(generator)) {
            for (JsonNode file : entry.path("files")) {
                String spec = file.asText();
                files.add(layer.resolve(spec.contains("=") ? spec.split("=", 2)[1] : spec).normalize());
            }
        }
        return files;
    }
}
