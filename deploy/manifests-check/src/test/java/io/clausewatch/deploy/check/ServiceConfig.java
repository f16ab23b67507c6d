package io.clausewatch.deploy.check;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one service reads from its environment and which topics it names, taken from its {@code
 * application.properties} at test time.
 *
 * <p>A service reads an environment variable in two ways: a {@code ${NAME:default}} expression in a
 * value, and SmallRye Config's mapping of any configured key to an environment name ({@code
 * quarkus.http.port} from {@code QUARKUS_HTTP_PORT}). Keys of a profile ({@code %test.}) are left
 * out: they never apply in a deployment.
 *
 * @param envReferences every variable named in a {@code ${...}} expression, with its default
 *     ({@code null} when the expression has none, so the variable is required)
 * @param mappedEnv the environment names of every configured key
 * @param incomingTopics the topic of every incoming channel, with its consumer group
 * @param topics every topic a channel names
 */
record ServiceConfig(
        String service,
        Map<String, String> envReferences,
        Set<String> mappedEnv,
        Map<String, String> incomingTopics,
        Set<String> topics,
        Map<String, String> properties) {

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)([:}])");

    private static final Pattern CHANNEL_TOPIC =
            Pattern.compile("mp\\.messaging\\.(incoming|outgoing)\\.([^.]+)\\.topic");

    static ServiceConfig load(String service) {
        return parse(service, read(Workspace.applicationProperties(service)));
    }

    static ServiceConfig parse(String service, Properties raw) {
        Map<String, String> properties = new TreeMap<>();
        raw.stringPropertyNames().stream()
                .filter(key -> !key.startsWith("%"))
                .forEach(key -> properties.put(key, raw.getProperty(key)));

        Map<String, String> references = new TreeMap<>();
        properties.values().forEach(value -> collectReferences(value, references));
        Set<String> mapped = new TreeSet<>();
        properties.keySet().forEach(key -> mapped.add(envName(key)));

        Map<String, String> incoming = new LinkedHashMap<>();
        Set<String> topics = new TreeSet<>();
        properties.forEach(
                (key, value) -> {
                    Matcher channel = CHANNEL_TOPIC.matcher(key);
                    if (channel.matches()) {
                        topics.add(value);
                        if (channel.group(1).equals("incoming")) {
                            String group =
                                    "mp.messaging.incoming." + channel.group(2) + ".group.id";
                            incoming.put(value, properties.get(group));
                        }
                    }
                });
        return new ServiceConfig(service, references, mapped, incoming, topics, properties);
    }

    /** Every environment name this service would read. */
    Set<String> readableEnv() {
        Set<String> names = new TreeSet<>(mappedEnv);
        names.addAll(envReferences.keySet());
        return names;
    }

    Set<String> requiredEnv() {
        Set<String> names = new TreeSet<>();
        envReferences.forEach(
                (name, fallback) -> {
                    if (fallback == null) {
                        names.add(name);
                    }
                });
        return names;
    }

    /** The HTTP port, through one {@code ${NAME:default}} expression if the value is one. */
    int httpPort() {
        String value = properties.getOrDefault("quarkus.http.port", "8080");
        Matcher expression = Pattern.compile("\\$\\{[^:}]*:(\\d+)}").matcher(value);
        return Integer.parseInt(expression.matches() ? expression.group(1) : value.strip());
    }

    /**
     * Where health and metrics are served: the management interface's port when it is enabled
     * ({@code quarkus.management.enabled}), else the HTTP port.
     */
    int managementPort() {
        if (!Boolean.parseBoolean(properties.getOrDefault("quarkus.management.enabled", "false"))) {
            return httpPort();
        }
        String value = properties.getOrDefault("quarkus.management.port", "9000");
        Matcher expression = Pattern.compile("\\$\\{[^:}]*:(\\d+)}").matcher(value);
        return Integer.parseInt(expression.matches() ? expression.group(1) : value.strip());
    }

    /** SmallRye Config's environment name of a property key. */
    static String envName(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    /**
     * Collects {@code ${NAME}} and {@code ${NAME:default}} from a value. Only upper-case names are
     * environment variables; lower-case ones are property references. A name inside another
     * expression's default is read only when the outer one is unset, so it counts as optional.
     */
    static void collectReferences(String value, Map<String, String> references) {
        Matcher reference = REFERENCE.matcher(value);
        while (reference.find()) {
            String name = reference.group(1);
            boolean nested = depthAt(value, reference.start()) > 0;
            String fallback =
                    reference.group(2).equals("}")
                            ? (nested ? "" : null)
                            : defaultOf(value, reference.end());
            if (fallback == null) {
                references.put(name, null);
            } else if (!references.containsKey(name)) {
                references.put(name, fallback);
            }
        }
    }

    private static int depthAt(String value, int index) {
        int depth = 0;
        for (int i = 0; i < index; i++) {
            if (value.startsWith("${", i)) {
                depth++;
                i++;
            } else if (value.charAt(i) == '}' && depth > 0) {
                depth--;
            }
        }
        return depth;
    }

    /** The default of the expression whose ':' ends just before {@code from}. */
    private static String defaultOf(String value, int from) {
        int depth = 0;
        for (int i = from; i < value.length(); i++) {
            if (value.startsWith("${", i)) {
                depth++;
                i++;
            } else if (value.charAt(i) == '}' && depth-- == 0) {
                return value.substring(from, i);
            }
        }
        return value.substring(from);
    }

    private static Properties read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new AssertionError("the service's configuration is missing: " + file);
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
        return properties;
    }
}
