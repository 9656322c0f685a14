package dev.shelfwise.deploy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the local stack (./shelfwise and local-stack/) says: the services, their ports and the variables that move
 * them, their databases, every topic, and the Kafka version. The deploy files are checked against it.
 */
final class LocalStack {
    private static final String SCRIPT = Repo.read("shelfwise");

    private LocalStack() {
    }

    /** A port as the script writes it: {@code "${VARIABLE:-default}"}. */
    record Port(String variable, int defaultPort) {
    }

    /** One line of local-stack/topics.txt. */
    record Topic(String name, int partitions, boolean compact) {
        boolean deadLetters() {
            return name.endsWith("-dlq");
        }

        /** The topic whose dead letters this one holds. */
        String source() {
            return name.substring(0, name.length() - "-dlq".length());
        }
    }

    /** SERVICE_JVM_OPTS: the JVM flags every service runs with, the flags the footprint benchmark measured. */
    static String serviceJvmOptions() {
        Matcher matcher = Pattern.compile("(?m)^SERVICE_JVM_OPTS=\"\\$\\{SHELFWISE_SERVICE_JVM_OPTS:-([^}]*)}\"").matcher(SCRIPT);
        if (!matcher.find()) {
            throw new IllegalStateException("no SERVICE_JVM_OPTS=\"${SHELFWISE_SERVICE_JVM_OPTS:-...}\" in ./shelfwise");
        }
        return matcher.group(1).trim();
    }

    /** SERVICE_MALLOC_ARENAS: glibc malloc arenas of the service processes (MALLOC_ARENA_MAX). */
    static String serviceMallocArenas() {
        Matcher matcher = Pattern.compile("(?m)^SERVICE_MALLOC_ARENAS=(\\d+)").matcher(SCRIPT);
        if (!matcher.find()) {
            throw new IllegalStateException("no SERVICE_MALLOC_ARENAS=N in ./shelfwise");
        }
        return matcher.group(1);
    }

    /** SERVICES=(...): the services ./shelfwise starts, in its order. */
    static List<String> services() {
        Matcher matcher = Pattern.compile("(?m)^SERVICES=\\(([^)]*)\\)").matcher(SCRIPT);
        if (!matcher.find()) {
            throw new IllegalStateException("no SERVICES=(...) in ./shelfwise");
        }
        return Arrays.stream(matcher.group(1).trim().split("\\s+")).toList();
    }

    /** SERVICE_PORT: each service's port variable and default. */
    static Map<String, Port> servicePorts() {
        Map<String, Port> ports = new LinkedHashMap<>();
        String block = declareBlock("SERVICE_PORT");
        Matcher matcher = Pattern.compile("\\[([\\w-]+)]=\"\\$\\{(\\w+):-(\\d+)}\"").matcher(block);
        while (matcher.find()) {
            ports.put(matcher.group(1), new Port(matcher.group(2), Integer.parseInt(matcher.group(3))));
        }
        return ports;
    }

    /**
     * The addresses of other services that {@code service_start} gives a service, in its
     * {@code if [[ $service == NAME ]]} blocks: service to (environment variable to the service it names).
     */
    static Map<String, Map<String, String>> serviceUrls() {
        Matcher function = Pattern.compile("(?ms)^service_start\\(\\) \\{\\n(.*?)^}").matcher(SCRIPT);
        if (!function.find()) {
            throw new IllegalStateException("no service_start() in ./shelfwise");
        }
        String body = function.group(1);
        Pattern url = Pattern.compile("(\\w+)=\"http://127\\.0\\.0\\.1:\\$\\{SERVICE_PORT\\[([\\w-]+)]}\"");
        Map<String, Map<String, String>> urls = new LinkedHashMap<>();
        int found = 0;
        Matcher block = Pattern.compile("(?s)if \\[\\[ \\$service == ([\\w-]+) ]]; then(.*?)\\n\\s*fi\\b").matcher(body);
        while (block.find()) {
            Matcher variable = url.matcher(block.group(2));
            while (variable.find()) {
                urls.computeIfAbsent(block.group(1), service -> new LinkedHashMap<>()).put(variable.group(1), variable.group(2));
                found++;
            }
        }
        Matcher all = url.matcher(body);
        int total = 0;
        while (all.find()) {
            total++;
        }
        if (total != found) {
            throw new IllegalStateException("service_start gives " + total + " service URLs, " + found
                    + " of them in an if [[ $service == ... ]] block: read the others too");
        }
        return urls;
    }

    /** SERVICE_DB: the database of each service that keeps state. */
    static Map<String, String> serviceDatabases() {
        Map<String, String> databases = new LinkedHashMap<>();
        Matcher matcher = Pattern.compile("\\[([\\w-]+)]=(\\w+)").matcher(declareBlock("SERVICE_DB"));
        while (matcher.find()) {
            databases.put(matcher.group(1), matcher.group(2));
        }
        return databases;
    }

    static Optional<String> database(String service) {
        return Optional.ofNullable(serviceDatabases().get(service));
    }

    /** A top-level assignment like {@code KAFKA_PORT="${SHELFWISE_KAFKA_PORT:-9092}"}. */
    static Port scriptPort(String assignedVariable) {
        Matcher matcher = Pattern.compile("(?m)^" + assignedVariable + "=\"\\$\\{(\\w+):-(\\d+)}\"").matcher(SCRIPT);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + assignedVariable + "=\"${...:-...}\" in ./shelfwise");
        }
        return new Port(matcher.group(1), Integer.parseInt(matcher.group(2)));
    }

    private static String declareBlock(String name) {
        Matcher matcher = Pattern.compile("declare -A " + name + "=\\((.*?)\\n\\)", Pattern.DOTALL).matcher(SCRIPT);
        if (!matcher.find()) {
            throw new IllegalStateException("no declare -A " + name + "=(...) in ./shelfwise");
        }
        return matcher.group(1);
    }

    /** local-stack/topics.txt, in its order. */
    static Map<String, Topic> topics() {
        Map<String, Topic> topics = new LinkedHashMap<>();
        for (String line : Repo.read("local-stack/topics.txt").split("\n")) {
            String content = line.strip();
            if (content.isEmpty() || content.startsWith("#")) {
                continue;
            }
            String[] parts = content.split("\\s+");
            boolean compact = parts.length > 2 && parts[2].equals("compact");
            if (parts.length < 2 || parts.length > 3 || (parts.length == 3 && !compact)) {
                throw new IllegalStateException("unreadable line of local-stack/topics.txt: " + line);
            }
            topics.put(parts[0], new Topic(parts[0], Integer.parseInt(parts[1]), compact));
        }
        return topics;
    }

    /** The Kafka version of the local broker (local-stack/pom.xml), the one the Quarkus BOM manages. */
    static String kafkaVersion() {
        Matcher matcher = Pattern.compile("<kafka\\.version>([^<]+)</kafka\\.version>")
                .matcher(Repo.read("local-stack/pom.xml"));
        if (!matcher.find()) {
            throw new IllegalStateException("no <kafka.version> in local-stack/pom.xml");
        }
        return matcher.group(1).trim();
    }

    /** The topic names the shared contracts declare (contracts' Topics class: constants named like "orders.v1"). */
    static List<String> contractTopics() {
        List<String> names = new ArrayList<>();
        Matcher matcher = Pattern.compile("static final String \\w+ = \"([a-z0-9.-]+\\.v\\d+)\"")
                .matcher(Repo.read("contracts/src/main/java/dev/shelfwise/contracts/Topics.java"));
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
