package dev.shelfwise.deploy;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A service's configuration as its module declares it: {@code src/main/resources/application.properties} (every
 * profile) and its {@code @ConfigMapping} interfaces, plus the environment variables its Dockerfile reads.
 */
final class ServiceConfig {
    private static final Pattern PROFILE = Pattern.compile("^%[\\w,-]+\\.");
    private static final Pattern DOCKER_ENV = Pattern.compile("(?m)^ENV\\s+(\\w+)[=\\s]");

    final String module;
    /** The default profile's settings, as the packaged application starts with them. */
    final Map<String, String> defaults = new LinkedHashMap<>();
    /** Every key of every profile, the profile removed. */
    final Set<String> keys = new TreeSet<>();
    final List<ConfigMappings.Property> mapped;

    /**
     * A setting a deployment has to give the service.
     *
     * @param property a property name, possibly with {@code *} for a map key
     * @param reason   why the packaged default cannot stay
     */
    record Requirement(String property, String reason) {
        boolean metBy(Set<String> environment) {
            ConfigMappings.Property pattern = new ConfigMappings.Property(property, true);
            return environment.stream().anyMatch(pattern::matchesEnv);
        }
    }

    private ServiceConfig(String module) {
        this.module = module;
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(Repo.read(module + "/src/main/resources/application.properties")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String key : properties.stringPropertyNames()) {
            keys.add(PROFILE.matcher(key).replaceFirst(""));
            if (!key.startsWith("%")) {
                defaults.put(key, properties.getProperty(key).trim());
            }
        }
        this.mapped = ConfigMappings.of(module);
    }

    static ServiceConfig of(String module) {
        return new ServiceConfig(module);
    }

    int httpPort() {
        return Integer.parseInt(defaults.get("quarkus.http.port"));
    }

    boolean hasDatasource() {
        return defaults.containsKey("quarkus.datasource.db-kind");
    }

    /** Whether the service talks to Kafka: a bootstrap address or a messaging channel in its configuration. */
    boolean usesKafka() {
        return defaults.keySet().stream().anyMatch(key -> key.equals("kafka.bootstrap.servers") || key.startsWith("mp.messaging."));
    }

    /**
     * Every setting whose packaged value (application.properties or a mapping's {@code @WithDefault}) is an address
     * on the developer's machine, property to value.
     */
    Map<String, String> loopbackDefaults() {
        Map<String, String> loopback = new LinkedHashMap<>();
        defaults.forEach((key, value) -> {
            if (loopback(value)) {
                loopback.put(key, value);
            }
        });
        for (ConfigMappings.Property property : mapped) {
            if (property.defaultValue() != null && loopback(property.defaultValue())
                    && defaults.keySet().stream().noneMatch(property::matches)) {
                loopback.put(property.name(), property.defaultValue());
            }
        }
        return loopback;
    }

    private static boolean loopback(String value) {
        return value.contains("127.0.0.1") || value.contains("localhost");
    }

    /** Environment variables the service's image reads itself (ENV lines of its Dockerfile). */
    Set<String> imageEnvironment() {
        Set<String> names = new TreeSet<>();
        Matcher matcher = DOCKER_ENV.matcher(Repo.read(module + "/src/main/docker/Dockerfile.jvm"));
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** Whether an environment variable sets a property this service declares, or is read by its image. */
    boolean knowsEnv(String variable) {
        return keys.stream().anyMatch(key -> Names.env(key).equals(variable))
                || mapped.stream().anyMatch(property -> property.matchesEnv(variable))
                || imageEnvironment().contains(variable);
    }

    /** Topics the service consumes (its incoming channels). */
    Set<String> consumedTopics() {
        return channelTopics("mp.messaging.incoming.", false);
    }

    /** Every topic the configuration names: incoming, outgoing and dead-letter topics. */
    Set<String> namedTopics() {
        Set<String> topics = new TreeSet<>(channelTopics("mp.messaging.incoming.", true));
        topics.addAll(channelTopics("mp.messaging.outgoing.", true));
        return topics;
    }

    private Set<String> channelTopics(String prefix, boolean withDeadLetters) {
        Set<String> topics = new TreeSet<>();
        defaults.forEach((key, value) -> {
            if (!key.startsWith(prefix)) {
                return;
            }
            String attribute = key.substring(key.indexOf('.', prefix.length()) + 1);
            if (attribute.equals("topic") || attribute.equals("topics")
                    || (withDeadLetters && attribute.equals("dead-letter-queue.topic"))) {
                for (String topic : value.split(",")) {
                    topics.add(topic.trim());
                }
            }
        });
        return topics;
    }

    /** The consumer group ids of the incoming channels. */
    Set<String> groupIds() {
        return defaults.entrySet().stream()
                .filter(entry -> entry.getKey().startsWith("mp.messaging.incoming.") && entry.getKey().endsWith(".group.id"))
                .map(Map.Entry::getValue)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * What every deployment must set: settings whose packaged value (application.properties or a mapping's
     * {@code @WithDefault}) points at the developer's machine, the database
     * credentials, mapped properties without a default that application.properties does not give, and secrets
     * (tokens, passwords) the service cannot do without, which belong to the deployment and never to the packaged
     * defaults.
     */
    List<Requirement> requiredForDeployment() {
        Map<String, Requirement> required = new LinkedHashMap<>();
        loopbackDefaults().forEach((key, value) ->
                required.put(key, new Requirement(key, "its packaged value " + value + " is the developer's machine")));
        if (hasDatasource()) {
            for (String key : List.of("quarkus.datasource.username", "quarkus.datasource.password")) {
                required.put(key, new Requirement(key, "database credentials belong to the deployment"));
            }
        }
        for (ConfigMappings.Property property : mapped) {
            boolean packaged = defaults.keySet().stream().anyMatch(property::matches);
            if (property.required() && !packaged) {
                required.put(property.name(), new Requirement(property.name(), "no default and not in application.properties"));
            }
            if (secret(property.name()) && !property.optional()) {
                required.put(property.name(), new Requirement(property.name(), "a secret: the deployment must set it"));
            }
        }
        return new ArrayList<>(required.values());
    }

    /** Whether a property (or environment variable) name holds a secret. */
    static boolean secret(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.contains("password") || lower.contains("token") || lower.contains("secret");
    }

    static Set<String> secretKeys(Set<String> environment) {
        return environment.stream().filter(ServiceConfig::secret).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    @Override
    public String toString() {
        return module;
    }
}
