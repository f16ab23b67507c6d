package io.clausewatch.deploy.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.clausewatch.events.Topics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the rendered pieces fit together: topics against what the services and the events module
 * name, consumer autoscaling against partitions and consumer groups, and the addresses in the
 * services' settings against the Kafka and Postgres clusters.
 */
final class Topology {

    private Topology() {}

    /** KafkaTopics by topic name. */
    static Map<String, JsonNode> topics(Manifests manifests) {
        Map<String, JsonNode> topics = new LinkedHashMap<>();
        manifests
                .ofKind("KafkaTopic")
                .forEach(
                        topic -> {
                            String name =
                                    topic.path("spec")
                                            .path("topicName")
                                            .asText(Manifests.name(topic));
                            topics.put(name, topic);
                        });
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
                violations.add("topic " + spec.name() + " (events module) has no KafkaTopic");
            } else if (topic.path("spec").path("partitions").asInt() != spec.partitions()) {
                violations.add(
                        "topic "
                                + spec.name()
                                + " has "
                                + topic.path("spec").path("partitions").asInt()
                                + " partitions, the events module declares "
                                + spec.partitions());
            }
        }
        configs.values()
                .forEach(
                        config ->
                                config.topics()
                                        .forEach(
                                                name -> {
                                                    if (!topics.containsKey(name)) {
                                                        violations.add(
                                                                config.service()
                                                                        + " configures topic "
                                                                        + name
                                                                        + ", which has no KafkaTopic");
                                                    }
                                                }));
        violations.addAll(replication(manifests, topics));
        return violations;
    }

    private static List<String> replication(Manifests manifests, Map<String, JsonNode> topics) {
        List<String> violations = new ArrayList<>();
        String cluster = Manifests.name(kafka(manifests));
        int brokers =
                manifests
                        .ofKind("KafkaNodePool")
                        .filter(
                                pool ->
                                        pool.path("spec")
                                                .path("roles")
                                                .toString()
                                                .contains("\"broker\""))
                        .mapToInt(pool -> pool.path("spec").path("replicas").asInt())
                        .sum();
        topics.forEach(
                (name, topic) -> {
                    int replicas = topic.path("spec").path("replicas").asInt();
                    int minInsync =
                            topic.path("spec").path("config").path("min.insync.replicas").asInt(1);
                    if (!cluster.equals(
                            topic.path("metadata")
                                    .path("labels")
                                    .path("strimzi.io/cluster")
                                    .asText())) {
                        violations.add(
                                "KafkaTopic "
                                        + name
                                        + " is not labelled for Kafka cluster "
                                        + cluster);
                    }
                    if (replicas > brokers) {
                        violations.add(
                                "topic "
                                        + name
                                        + " wants "
                                        + replicas
                                        + " replicas on "
                                        + brokers
                                        + " brokers");
                    }
                    if (replicas > 1 ? minInsync >= replicas : minInsync != 1) {
                        violations.add(
                                "topic "
                                        + name
                                        + ": min.insync.replicas "
                                        + minInsync
                                        + " stops producers when one of "
                                        + replicas
                                        + " replicas is down");
                    }
                });
        return violations;
    }

    /**
     * @param everyConsumer whether each service that consumes a topic must be autoscaled
     */
    static List<String> autoscalingViolations(
            Manifests manifests, Map<String, ServiceConfig> configs, boolean everyConsumer) {
        List<String> violations = new ArrayList<>();
        Map<String, JsonNode> topics = topics(manifests);
        String bootstrap =
                bootstrapAddress(manifests).replace(":", "." + manifests.namespace() + ".svc:");
        Map<String, JsonNode> scaled = new LinkedHashMap<>();
        manifests
                .ofKind("ScaledObject")
                .forEach(
                        scaledObject -> {
                            String target =
                                    scaledObject
                                            .path("spec")
                                            .path("scaleTargetRef")
                                            .path("name")
                                            .asText();
                            scaled.put(target, scaledObject);
                            ServiceConfig config = configs.get(target);
                            if (config == null || manifests.find("Deployment", target).isEmpty()) {
                                violations.add(
                                        Manifests.describe(scaledObject)
                                                + " scales "
                                                + target
                                                + ", not a service Deployment");
                                return;
                            }
                            int partitions = 0;
                            for (JsonNode trigger : scaledObject.path("spec").path("triggers")) {
                                JsonNode metadata = trigger.path("metadata");
                                String topic = metadata.path("topic").asText();
                                String where =
                                        Manifests.describe(scaledObject) + " trigger on " + topic;
                                if (!topics.containsKey(topic)) {
                                    violations.add(where + ": no such KafkaTopic");
                                    continue;
                                }
                                partitions =
                                        Math.max(
                                                partitions,
                                                topics.get(topic)
                                                        .path("spec")
                                                        .path("partitions")
                                                        .asInt());
                                String group = config.incomingTopics().get(topic);
                                if (!metadata.path("consumerGroup").asText().equals(group)) {
                                    violations.add(
                                            where
                                                    + ": consumer group "
                                                    + metadata.path("consumerGroup").asText()
                                                    + ", the service consumes it as "
                                                    + group);
                                }
                                if (!metadata.path("bootstrapServers").asText().equals(bootstrap)) {
                                    violations.add(
                                            where
                                                    + ": bootstrap "
                                                    + metadata.path("bootstrapServers").asText()
                                                    + ", the Kafka of this namespace is "
                                                    + bootstrap);
                                }
                            }
                            int max = scaledObject.path("spec").path("maxReplicaCount").asInt();
                            if (max > partitions
                                    || max
                                            < scaledObject
                                                    .path("spec")
                                                    .path("minReplicaCount")
                                                    .asInt(1)) {
                                violations.add(
                                        Manifests.describe(scaledObject)
                                                + ": maxReplicaCount "
                                                + max
                                                + " is not within its minimum and the partition count "
                                                + partitions);
                            }
                        });
        if (everyConsumer) {
            configs.forEach(
                    (service, config) -> {
                        if (!config.incomingTopics().isEmpty() && !scaled.containsKey(service)) {
                            violations.add(
                                    service
                                            + " consumes "
                                            + config.incomingTopics().keySet()
                                            + " but is not autoscaled");
                        }
                    });
        }
        return violations;
    }

    /**
     * In-cluster bootstrap address of the plain listener: {@code <cluster>-kafka-bootstrap:<port>}.
     */
    static String bootstrapAddress(Manifests manifests) {
        JsonNode kafka = kafka(manifests);
        for (JsonNode listener : kafka.path("spec").path("kafka").path("listeners")) {
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
        String bootstrap = common.path("data").path("KAFKA_BOOTSTRAP_SERVERS").asText();
        if (!bootstrap.equals(bootstrapAddress(manifests))) {
            violations.add(
                    "KAFKA_BOOTSTRAP_SERVERS is "
                            + bootstrap
                            + ", the Kafka is "
                            + bootstrapAddress(manifests));
        }
        JsonNode cluster =
                manifests
                        .ofKind("Cluster")
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no Cluster"));
        String database =
                cluster.path("spec").path("bootstrap").path("initdb").path("database").asText();
        String jdbc = "jdbc:postgresql://" + Manifests.name(cluster) + "-rw:5432/" + database;
        if (!common.path("data").path("CLAUSEWATCH_JDBC_URL").asText().equals(jdbc)) {
            violations.add(
                    "CLAUSEWATCH_JDBC_URL is "
                            + common.path("data").path("CLAUSEWATCH_JDBC_URL").asText()
                            + ", the database is "
                            + jdbc);
        }
        configs.forEach(
                (service, config) -> violations.addAll(schemaAndRole(manifests, cluster, config)));
        return violations;
    }

    /** The service's login role is managed from its Secret and owns the schema it migrates. */
    private static List<String> schemaAndRole(
            Manifests manifests, JsonNode cluster, ServiceConfig config) {
        List<String> violations = new ArrayList<>();
        JsonNode container =
                Manifests.podSpec(manifests.require("Deployment", config.service()))
                        .path("containers")
                        .path(0);
        String secret = "";
        for (JsonNode variable : container.path("env")) {
            if (variable.path("name").asText().equals("CLAUSEWATCH_DB_USER")) {
                secret = variable.path("valueFrom").path("secretKeyRef").path("name").asText();
            }
        }
        Optional<JsonNode> role = Optional.empty();
        for (JsonNode candidate : cluster.path("spec").path("managed").path("roles")) {
            if (candidate.path("passwordSecret").path("name").asText().equals(secret)) {
                role = Optional.of(candidate);
            }
        }
        if (role.isEmpty() || !role.get().path("login").asBoolean()) {
            violations.add(
                    config.service()
                            + ": no login role of the Cluster is managed from Secret "
                            + secret);
            return violations;
        }
        String schema = config.properties().getOrDefault("quarkus.flyway.schemas", "");
        String statement =
                "CREATE SCHEMA " + schema + " AUTHORIZATION " + role.get().path("name").asText();
        String sql =
                cluster.path("spec")
                        .path("bootstrap")
                        .path("initdb")
                        .path("postInitApplicationSQL")
                        .toString();
        if (schema.isEmpty() || !sql.contains(statement)) {
            violations.add(
                    config.service()
                            + ": the Cluster's bootstrap does not run `"
                            + statement
                            + "`");
        }
        return violations;
    }
}
