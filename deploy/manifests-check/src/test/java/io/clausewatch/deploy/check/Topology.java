package io.clausewatch.deploy.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.clausewatch.events.Topics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the rendered pieces fit together: topics against what the services and the events module
 * name, consumer autoscaling against partitions and consumer groups, and the addresses in the
 * services' settings against the Kafka and Postgres clusters.
 */
final class Topology {

    private static final String CLUSTER_LABEL = "/metadata/labels/strimzi.io~1cluster";

    private Topology() {}

    /** KafkaTopics by topic name. */
    static Map<String, JsonNode> topics(Manifests manifests) {
        Map<String, JsonNode> topics = new LinkedHashMap<>();
        for (JsonNode topic : manifests.ofKind("KafkaTopic").toList()) {
            topics.put(topic.at("/spec/topicName").asText(Manifests.name(topic)), topic);
        }
        return topics;
    }

    static JsonNode kafka(Manifests manifests) {
        return manifests
                .ofKind("Kafka")
                .findFirst()
                .orElseThrow(() -> new AssertionError("no Kafka"));
    }

    static List<String> topicViolations(
            Manifests manifests,
            Map<String, ServiceConfig> configs,
            List<Topics.TopicSpec> declared) {
        List<String> violations = new ArrayList<>();
        Map<String, JsonNode> topics = topics(manifests);
        for (Topics.TopicSpec spec : declared) {
            JsonNode topic = topics.get(spec.name());
            if (topic == null) {
                violations.add("topic %s (events module) has no KafkaTopic".formatted(spec.name()));
            } else if (topic.at("/spec/partitions").asInt() != spec.partitions()) {
                violations.add(
                        "topic %s has %d partitions, the events module declares %d"
                                .formatted(
                                        spec.name(),
                                        topic.at("/spec/partitions").asInt(),
                                        spec.partitions()));
            }
        }
        for (ServiceConfig config : configs.values()) {
            for (String name : config.topics()) {
                if (!topics.containsKey(name)) {
                    violations.add(
                            "%s configures topic %s, which has no KafkaTopic"
                                    .formatted(config.service(), name));
                }
            }
        }
        violations.addAll(unused(topics, configs, declared));
        violations.addAll(replication(manifests, topics));
        return violations;
    }

    /** A KafkaTopic nothing names any more is left over from a rename. */
    private static List<String> unused(
            Map<String, JsonNode> topics,
            Map<String, ServiceConfig> configs,
            List<Topics.TopicSpec> declared) {
        List<String> violations = new ArrayList<>();
        for (String name : topics.keySet()) {
            boolean declaredTopic = declared.stream().anyMatch(spec -> spec.name().equals(name));
            boolean configured = configs.values().stream().anyMatch(c -> c.topics().contains(name));
            if (!declaredTopic && !configured) {
                violations.add(
                        "KafkaTopic %s is named by no service and not by the events module"
                                .formatted(name));
            }
        }
        return violations;
    }

    private static List<String> replication(Manifests manifests, Map<String, JsonNode> topics) {
        List<String> violations = new ArrayList<>();
        String cluster = Manifests.name(kafka(manifests));
        int brokers = 0;
        for (JsonNode pool : manifests.ofKind("KafkaNodePool").toList()) {
            if (pool.at("/spec/roles").toString().contains("\"broker\"")) {
                brokers += pool.at("/spec/replicas").asInt();
            }
        }
        for (Map.Entry<String, JsonNode> entry : topics.entrySet()) {
            String name = entry.getKey();
            JsonNode topic = entry.getValue();
            int replicas = topic.at("/spec/replicas").asInt();
            int minInsync = topic.at("/spec/config/min.insync.replicas").asInt(1);
            if (!cluster.equals(topic.at(CLUSTER_LABEL).asText())) {
                violations.add(
                        "KafkaTopic %s is not labelled for Kafka %s".formatted(name, cluster));
            }
            if (replicas > brokers) {
                violations.add(
                        "topic %s wants %d replicas on %d brokers"
                                .formatted(name, replicas, brokers));
            }
            if (replicas > 1 ? minInsync >= replicas : minInsync != 1) {
                violations.add(
                        "topic %s: min.insync.replicas %d stops producers when one of %d is down"
                                .formatted(name, minInsync, replicas));
            }
        }
        return violations;
    }

    /**
     * @param everyConsumer whether each service that consumes a topic must be autoscaled
     */
    static List<String> autoscalingViolations(
            Manifests manifests, Map<String, ServiceConfig> configs, boolean everyConsumer) {
        List<String> violations = new ArrayList<>();
        Map<String, JsonNode> scaled = new LinkedHashMap<>();
        for (JsonNode scaledObject : manifests.ofKind("ScaledObject").toList()) {
            String target = scaledObject.at("/spec/scaleTargetRef/name").asText();
            scaled.put(target, scaledObject);
            violations.addAll(scaledObject(manifests, scaledObject, configs.get(target)));
        }
        if (everyConsumer) {
            configs.forEach(
                    (service, config) -> {
                        if (!config.incomingTopics().isEmpty() && !scaled.containsKey(service)) {
                            violations.add(
                                    "%s consumes %s but is not autoscaled"
                                            .formatted(service, config.incomingTopics().keySet()));
                        }
                    });
        }
        return violations;
    }

    private static List<String> scaledObject(
            Manifests manifests, JsonNode scaledObject, ServiceConfig config) {
        String name = Manifests.describe(scaledObject);
        if (config == null || manifests.find("Deployment", config.service()).isEmpty()) {
            return List.of(name + " does not scale a service Deployment");
        }
        List<String> violations = new ArrayList<>();
        Map<String, JsonNode> topics = topics(manifests);
        String bootstrap =
                bootstrapAddress(manifests).replace(":", "." + manifests.namespace() + ".svc:");
        int partitions = 0;
        for (JsonNode trigger : scaledObject.at("/spec/triggers")) {
            String topic = trigger.at("/metadata/topic").asText();
            String where = name + " trigger on " + topic;
            if (!topics.containsKey(topic)) {
                violations.add(where + ": no such KafkaTopic");
                continue;
            }
            partitions = Math.max(partitions, topics.get(topic).at("/spec/partitions").asInt());
            String group = config.incomingTopics().get(topic);
            String triggerGroup = trigger.at("/metadata/consumerGroup").asText();
            if (!triggerGroup.equals(group)) {
                violations.add(
                        "%s: consumer group %s, the service consumes it as %s"
                                .formatted(where, triggerGroup, group));
            }
            String triggerBootstrap = trigger.at("/metadata/bootstrapServers").asText();
            if (!triggerBootstrap.equals(bootstrap)) {
                violations.add(
                        "%s: bootstrap %s, the Kafka of this namespace is %s"
                                .formatted(where, triggerBootstrap, bootstrap));
            }
        }
        int max = scaledObject.at("/spec/maxReplicaCount").asInt();
        int min = scaledObject.at("/spec/minReplicaCount").asInt(1);
        if (max > partitions || max < min) {
            violations.add(
                    "%s: maxReplicaCount %d is not between its minimum %d and %d partitions"
                            .formatted(name, max, min, partitions));
        }
        return violations;
    }

    /** In-cluster address of the plain listener: {@code <cluster>-kafka-bootstrap:<port>}. */
    static String bootstrapAddress(Manifests manifests) {
        JsonNode kafka = kafka(manifests);
        for (JsonNode listener : kafka.at("/spec/kafka/listeners")) {
            if (listener.path("type").asText().equals("internal")
                    && !listener.path("tls").asBoolean()) {
                return Manifests.name(kafka) + "-kafka-bootstrap:" + listener.path("port").asInt();
            }
        }
        throw new AssertionError(
                "Kafka " + Manifests.name(kafka) + " has no plain internal listener");
    }

    /** The services' shared settings point at this overlay's Kafka and Postgres. */
    static List<String> dataWiringViolations(
            Manifests manifests, Map<String, ServiceConfig> configs) {
        List<String> violations = new ArrayList<>();
        JsonNode common =
                manifests
                        .ofKind("ConfigMap")
                        .filter(c -> c.path("data").has("KAFKA_BOOTSTRAP_SERVERS"))
                        .findFirst()
                        .orElseThrow(
                                () ->
                                        new AssertionError(
                                                "no ConfigMap sets KAFKA_BOOTSTRAP_SERVERS"));
        String bootstrap = common.at("/data/KAFKA_BOOTSTRAP_SERVERS").asText();
        if (!bootstrap.equals(bootstrapAddress(manifests))) {
            violations.add(
                    "KAFKA_BOOTSTRAP_SERVERS is %s, the Kafka is %s"
                            .formatted(bootstrap, bootstrapAddress(manifests)));
        }
        JsonNode cluster =
                manifests
                        .ofKind("Cluster")
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no Cluster"));
        String database = cluster.at("/spec/bootstrap/initdb/database").asText();
        String jdbc = "jdbc:postgresql://" + Manifests.name(cluster) + "-rw:5432/" + database;
        String configured = common.at("/data/CLAUSEWATCH_JDBC_URL").asText();
        if (!configured.equals(jdbc)) {
            violations.add(
                    "CLAUSEWATCH_JDBC_URL is %s, the database is %s".formatted(configured, jdbc));
        }
        for (ServiceConfig config : configs.values()) {
            violations.addAll(schemaAndRole(manifests, cluster, config));
        }
        return violations;
    }

    /** The service's login role is managed from its Secret and owns the schema it migrates. */
    private static List<String> schemaAndRole(
            Manifests manifests, JsonNode cluster, ServiceConfig config) {
        JsonNode deployment = manifests.require("Deployment", config.service());
        String secret = "";
        for (JsonNode variable : Manifests.podSpec(deployment).at("/containers/0/env")) {
            if (variable.path("name").asText().equals("CLAUSEWATCH_DB_USER")) {
                secret = variable.at("/valueFrom/secretKeyRef/name").asText();
            }
        }
        JsonNode role = null;
        for (JsonNode candidate : cluster.at("/spec/managed/roles")) {
            if (candidate.at("/passwordSecret/name").asText().equals(secret)) {
                role = candidate;
            }
        }
        if (role == null || !role.path("login").asBoolean()) {
            return List.of(
                    "%s: no login role of the Cluster is managed from Secret %s"
                            .formatted(config.service(), secret));
        }
        String schema = config.properties().getOrDefault("quarkus.flyway.schemas", "");
        String statement =
                "CREATE SCHEMA " + schema + " AUTHORIZATION " + role.path("name").asText();
        String sql = cluster.at("/spec/bootstrap/initdb/postInitApplicationSQL").toString();
        if (schema.isEmpty() || !sql.contains(statement)) {
            return List.of(
                    "%s: the Cluster's bootstrap does not run `%s`"
                            .formatted(config.service(), statement));
        }
        return List.of();
    }
}
