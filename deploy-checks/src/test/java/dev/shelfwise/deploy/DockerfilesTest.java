package dev.shelfwise.deploy;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One JVM-mode Dockerfile per service, from the Quarkus fast-jar layout, running as a non-root user. */
class DockerfilesTest {

    @Test
    void everyServiceHasAJvmDockerfileFromTheFastJarLayout() {
        for (String service : LocalStack.services()) {
            String dockerfile = Repo.read(service + "/src/main/docker/Dockerfile.jvm");
            Matcher from = Pattern.compile("(?m)^FROM\\s+(\\S+)").matcher(dockerfile);
            assertTrue(from.find(), service + ": no FROM");
            assertTrue(from.group(1).startsWith("eclipse-temurin:17-jre"), service + " runs on a Java 17 JRE, not "
                    + from.group(1));
            for (String part : List.of("lib/", "*.jar", "app/", "quarkus/")) {
                assertTrue(Pattern.compile("(?m)^COPY\\b.*\\btarget/quarkus-app/" + Pattern.quote(part)).matcher(dockerfile).find(),
                        service + "'s image misses target/quarkus-app/" + part);
            }
            assertTrue(dockerfile.contains("quarkus-run.jar"), service + "'s image must start quarkus-run.jar");
            assertFalse(Pattern.compile("(?m)^ADD\\s+https?://").matcher(dockerfile).find(),
                    service + ": no downloads while building");
            String properties = Repo.read(service + "/src/main/resources/application.properties");
            assertFalse(properties.matches("(?s).*quarkus\\.package\\.jar\\.type\\s*=\\s*(uber-jar|legacy-jar).*"),
                    service + " no longer packages a fast-jar, which the Dockerfile copies");
        }
    }

    @Test
    void imagesRunTheJvmFlagsTheBenchmarkMeasured() {
        // the footprint in bench/results/footprint.json, and the memory requests derived from it, hold for these flags
        for (String service : LocalStack.services()) {
            String dockerfile = Repo.read(service + "/src/main/docker/Dockerfile.jvm");
            assertEquals(LocalStack.serviceJvmOptions(), env(dockerfile, "JAVA_OPTS"),
                    service + "'s image JAVA_OPTS against ./shelfwise's SERVICE_JVM_OPTS");
            assertEquals(LocalStack.serviceMallocArenas(), env(dockerfile, "MALLOC_ARENA_MAX"),
                    service + "'s image MALLOC_ARENA_MAX against ./shelfwise's SERVICE_MALLOC_ARENAS");
        }
    }

    /** The value an {@code ENV NAME="value"} or {@code ENV NAME=value} line of the Dockerfile sets. */
    private static String env(String dockerfile, String name) {
        Matcher matcher = Pattern.compile("(?m)^ENV\\s+" + name + "=(?:\"([^\"]*)\"|(\\S+))").matcher(dockerfile);
        assertTrue(matcher.find(), "no ENV " + name + "=... line");
        return matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
    }

    @Test
    void imagesRunAsTheNonRootUserKubernetesExpects() {
        for (String service : LocalStack.services()) {
            Matcher user = Pattern.compile("(?m)^USER\\s+(\\S+)\\s*$").matcher(Repo.read(service + "/src/main/docker/Dockerfile.jvm"));
            String last = null;
            while (user.find()) {
                last = user.group(1);
            }
            assertTrue(last != null && last.matches("\\d+") && Integer.parseInt(last) > 0,
                    service + " must end on a numeric non-root USER (Kubernetes checks runAsNonRoot by uid), not " + last);
            String runAsUser = Kustomize.find(Kustomize.resources(Kustomize.BASE), "Deployment", service).orElseThrow()
                    .node().path("spec").path("template").path("spec").path("securityContext").path("runAsUser").asText();
            assertEquals(last, runAsUser, service + ": the Deployment's runAsUser against the image's USER");
        }
    }
}
