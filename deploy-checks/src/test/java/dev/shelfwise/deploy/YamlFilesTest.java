package dev.shelfwise.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every YAML file of the deployment parses, and the Kustomize trees hang together. */
class YamlFilesTest {
    private static final String DNS_SUBDOMAIN = "[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*";

    private static List<Path> yamlFiles() {
        List<Path> files = new ArrayList<>(Repo.files("deploy", ".yaml", ".yml"));
        files.add(Repo.path(Compose.FILE));
        return files;
    }

    @Test
    void everyYamlFileParsesWithoutDuplicateKeys() {
        List<Path> files = yamlFiles();
        assertTrue(files.size() > 10, "expected the deploy files, found " + files);
        for (Path file : files) {
            List<Yaml.Doc> docs = Yaml.documents(file); // throws on a syntax error or a duplicate key
            assertFalse(docs.isEmpty(), Repo.relative(file) + " holds no document");
            docs.forEach(doc -> assertTrue(doc.node().isObject(), Repo.relative(file) + ": a document that is not a map"));
        }
    }

    @Test
    void everyKubernetesManifestNamesItsKindAndAValidName() {
        for (Path file : Repo.files("deploy", ".yaml", ".yml")) {
            if (isKustomization(file) || file.getFileName().toString().equals("shelfwise-rules.yml")) {
                continue;
            }
            for (Yaml.Doc doc : Yaml.documents(file)) {
                assertFalse(doc.apiVersion().isEmpty(), doc + " has no apiVersion");
                assertFalse(doc.kind().isEmpty(), doc + " has no kind");
                assertTrue(doc.name().matches(DNS_SUBDOMAIN) && doc.name().length() <= 253,
                        doc + ": metadata.name is not a valid Kubernetes name");
            }
        }
    }

    @Test
    void everyManifestBelongsToAKustomizationAndEveryReferenceExists() {
        Set<Path> referenced = new HashSet<>();
        for (Path kustomization : Repo.files("deploy", "kustomization.yaml")) {
            Path dir = kustomization.getParent();
            JsonNode root = Kustomize.kustomization(dir);
            assertEquals("Kustomization", root.path("kind").asText(), Repo.relative(kustomization));
            for (JsonNode resource : root.path("resources")) {
                Path target = dir.resolve(resource.asText()).normalize();
                assertTrue(Files.exists(target), Repo.relative(kustomization) + " lists " + resource.asText()
                        + ", which does not exist");
                if (Files.isDirectory(target)) {
                    Kustomize.kustomizationFile(target); // an included directory must be a kustomization
                }
                referenced.add(target);
            }
            for (String generator : List.of("configMapGenerator", "secretGenerator")) {
                for (Path file : Kustomize.generatorFiles(dir, generator)) {
                    assertTrue(Files.isRegularFile(file), Repo.relative(kustomization) + " generates from "
                            + Repo.relative(file) + ", which does not exist");
                    assertTrue(file.startsWith(dir), Repo.relative(kustomization) + " reads " + Repo.relative(file)
                            + " outside its directory: kubectl kustomize refuses that");
                    referenced.add(file);
                }
            }
        }
        List<String> orphans = Repo.files("deploy/kubernetes", ".yaml", ".yml").stream()
                .filter(file -> !isKustomization(file) && !referenced.contains(file))
                .map(Repo::relative)
                .collect(Collectors.toList());
        assertEquals(List.of(), orphans, "manifests that no kustomization includes");
    }

    @Test
    void overlayPatchesTargetResourcesOfTheTree() {
        for (Path layer : Kustomize.layers(Kustomize.LOCAL)) {
            JsonNode root = Kustomize.kustomization(layer);
            List<Yaml.Doc> docs = Kustomize.resources(Repo.relative(layer));
            for (JsonNode patch : root.path("patches")) {
                String kind = patch.path("target").path("kind").asText();
                String name = patch.path("target").path("name").asText("");
                assertFalse(kind.isEmpty(), Repo.relative(layer) + ": a patch without target kind");
                assertTrue(docs.stream().anyMatch(doc -> doc.kind().equals(kind)
                                && (name.isEmpty() || doc.name().equals(name))),
                        Repo.relative(layer) + ": the patch for " + kind + "/" + name + " matches no resource");
            }
            for (JsonNode image : root.path("images")) {
                String name = image.path("name").asText();
                assertTrue(docs.stream().anyMatch(doc -> doc.node().toString().contains("\"image\":\"" + name + "\"")
                                || doc.node().toString().contains("\"image\":\"" + name + ":")),
                        Repo.relative(layer) + ": images entry " + name + " matches no container");
            }
        }
    }

    private static boolean isKustomization(Path file) {
        return file.getFileName().toString().startsWith("kustomization.");
    }
}
