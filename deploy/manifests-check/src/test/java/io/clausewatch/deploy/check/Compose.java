package io.clausewatch.deploy.check;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** deploy/compose: the Compose file and the topic script, read as text. */
final class Compose {

    private static final Pattern CREATE =
            Pattern.compile("^create (\\S+) (\\d+) (\\d+) (\\d+)$", Pattern.MULTILINE);

    record TopicLine(String name, int partitions, long retentionMs, long maxMessageBytes) {}

    private Compose() {}

    static JsonNode file() {
        return read(Workspace.deploy().resolve("compose/compose.yaml"));
    }

    static JsonNode read(Path file) {
        try {
            return Manifests.YAML.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    static Map<String, TopicLine> topics() {
        Map<String, TopicLine> topics = new LinkedHashMap<>();
        try {
            Matcher line =
                    CREATE.matcher(
                            Files.readString(
                                    Workspace.deploy().resolve("compose/create-topics.sh")));
            while (line.find()) {
                topics.put(
                        line.group(1),
                        new TopicLine(
                                line.group(1),
                                Integer.parseInt(line.group(2)),
                                Long.parseLong(line.group(3)),
                                Long.parseLong(line.group(4))));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read create-topics.sh", e);
        }
        return topics;
    }

    /** A service's environment; {@code ${NAME:?...}} values come from the untracked .env. */
    static Map<String, String> environment(JsonNode service) {
        Map<String, String> environment = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> variable : service.path("environment").properties()) {
            String value = variable.getValue().asText();
            boolean fromEnvFile = value.startsWith("${") && value.contains(":?");
            environment.put(variable.getKey(), fromEnvFile ? EnvContract.FROM_SECRET : value);
        }
        return environment;
    }

    static List<String> hardening(String name, JsonNode service) {
        List<String> violations = new ArrayList<>();
        if (!service.path("read_only").asBoolean(false)) {
            violations.add(name + ": root filesystem is writable (read_only)");
        }
        if (!service.path("tmpfs").toString().contains("\"/tmp\"")) {
            violations.add(name + ": no tmpfs on /tmp");
        }
        String user = service.path("user").asText("0");
        if (user.isEmpty() || user.startsWith("0") || user.startsWith("root")) {
            violations.add(name + ": runs as root");
        }
        if (!service.path("cap_drop").toString().contains("\"ALL\"")) {
            violations.add(name + ": keeps Linux capabilities");
        }
        return violations;
    }
}
