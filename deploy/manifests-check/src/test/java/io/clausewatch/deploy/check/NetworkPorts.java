package io.clausewatch.deploy.check;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Checks that every port a NetworkPolicy opens is a port something listens on. The pods of a
 * namespace are the services' Deployments plus the pods the operators make from the Kafka,
 * KafkaNodePool and Cluster resources, with the labels and ports those operators give them.
 */
final class NetworkPorts {

    /** Ports outside the namespace: the internet (HTTP, HTTPS) and the Kubernetes API. */
    static final Set<Integer> EXTERNAL_PORTS = Set.of(80, 443, 6443);

    /** Cluster DNS, the only port opened towards another namespace's pods. */
    static final int DNS_PORT = 53;

    /** Strimzi's fixed ports: KRaft controllers and inter-broker replication. */
    static final int KRAFT_CONTROLLER_PORT = 9090;

    static final int REPLICATION_PORT = 9091;

    /** CloudNativePG's instance ports: Postgres, the instance manager's status, metrics. */
    static final List<Integer> POSTGRES_PORTS = List.of(5432, 8000, 9187);

    record Pod(String name, Map<String, String> labels, Set<Integer> ports) {}

    private NetworkPorts() {}

    static List<Pod> pods(Manifests manifests) {
        List<Pod> pods = new ArrayList<>();
        manifests.workloads().map(NetworkPorts::workloadPod).forEach(pods::add);
        manifests.ofKind("KafkaNodePool").map(pool -> kafkaPod(manifests, pool)).forEach(pods::add);
        manifests.ofKind("Kafka").map(NetworkPorts::entityOperatorPod).forEach(pods::add);
        manifests.ofKind("Cluster").map(NetworkPorts::postgresPod).forEach(pods::add);
        return pods;
    }

    private static Pod workloadPod(JsonNode workload) {
        Set<Integer> ports = new TreeSet<>();
        for (JsonNode container : Manifests.containers(workload)) {
            container.path("ports").forEach(port -> ports.add(port.path("containerPort").asInt()));
        }
        JsonNode labels = workload.path("spec").path("template").path("metadata").path("labels");
        return new Pod(Manifests.describe(workload), labels(labels), ports);
    }

    private static Pod entityOperatorPod(JsonNode kafka) {
        String name = Manifests.name(kafka) + "-entity-operator";
        Map<String, String> labels =
                Map.of(
                        "strimzi.io/cluster",
                        Manifests.name(kafka),
                        "strimzi.io/kind",
                        "Kafka",
                        "strimzi.io/name",
                        name);
        return new Pod(name, labels, Set.of());
    }

    private static Pod postgresPod(JsonNode cluster) {
        Map<String, String> labels =
                Map.of("cnpg.io/cluster", Manifests.name(cluster), "cnpg.io/podRole", "instance");
        return new Pod(Manifests.name(cluster), labels, new TreeSet<>(POSTGRES_PORTS));
    }

    private static Pod kafkaPod(Manifests manifests, JsonNode pool) {
        String cluster = pool.path("metadata").path("labels").path("strimzi.io/cluster").asText();
        String roles = pool.path("spec").path("roles").toString();
        boolean broker = roles.contains("\"broker\"");
        boolean controller = roles.contains("\"controller\"");
        Set<Integer> ports = new TreeSet<>();
        if (controller) {
            ports.add(KRAFT_CONTROLLER_PORT);
        }
        if (broker) {
            ports.add(REPLICATION_PORT);
            JsonNode kafka = manifests.require("Kafka", cluster);
            for (JsonNode listener : kafka.path("spec").path("kafka").path("listeners")) {
                ports.add(listener.path("port").asInt());
            }
        }
        Map<String, String> labels =
                Map.of(
                        "strimzi.io/cluster",
                        cluster,
                        "strimzi.io/kind",
                        "Kafka",
                        "strimzi.io/pool-name",
                        Manifests.name(pool),
                        "strimzi.io/broker-role",
                        Boolean.toString(broker),
                        "strimzi.io/controller-role",
                        Boolean.toString(controller));
        return new Pod(cluster + "-" + Manifests.name(pool), labels, ports);
    }

    static List<String> violations(Manifests manifests) {
        List<Pod> pods = pods(manifests);
        List<String> violations = new ArrayList<>();
        manifests
                .ofKind("NetworkPolicy")
                .forEach(policy -> violations.addAll(policy(policy, pods)));
        return violations;
    }

    static List<String> policy(JsonNode policy, List<Pod> pods) {
        List<String> violations = new ArrayList<>();
        String where = Manifests.describe(policy);
        List<Pod> selected = select(policy.path("spec").path("podSelector"), pods);
        for (JsonNode rule : policy.path("spec").path("ingress")) {
            for (int port : ports(rule, where, violations)) {
                if (selected.stream().noneMatch(pod -> pod.ports().contains(port))) {
                    violations.add(
                            where + " admits port " + port + ", on which none of its pods listens");
                }
            }
        }
        for (JsonNode rule : policy.path("spec").path("egress")) {
            List<Integer> ports = ports(rule, where, violations);
            if (!rule.has("to")) {
                violations.add(where + " has an egress rule to every destination");
            }
            for (JsonNode peer : rule.path("to")) {
                ports.forEach(port -> egress(where, peer, port, pods).ifPresent(violations::add));
            }
        }
        return violations;
    }

    private static Optional<String> egress(String where, JsonNode peer, int port, List<Pod> pods) {
        if (peer.has("ipBlock")) {
            return EXTERNAL_PORTS.contains(port)
                    ? Optional.empty()
                    : Optional.of(
                            where
                                    + " opens port "
                                    + port
                                    + " to "
                                    + peer.path("ipBlock").path("cidr").asText());
        }
        if (peer.has("namespaceSelector")) {
            return port == DNS_PORT
                    ? Optional.empty()
                    : Optional.of(where + " opens port " + port + " to another namespace");
        }
        List<Pod> targets = select(peer.path("podSelector"), pods);
        if (targets.stream().noneMatch(pod -> pod.ports().contains(port))) {
            return Optional.of(
                    where
                            + " sends to port "
                            + port
                            + ", on which none of "
                            + targets.stream().map(Pod::name).toList()
                            + " listens");
        }
        return Optional.empty();
    }

    private static List<Integer> ports(JsonNode rule, String where, List<String> violations) {
        List<Integer> ports = new ArrayList<>();
        if (!rule.has("ports")) {
            violations.add(where + " has a rule open on every port");
        }
        for (JsonNode port : rule.path("ports")) {
            if (!port.path("port").isInt()) {
                violations.add(where + " names port " + port.path("port") + " instead of a number");
            } else {
                ports.add(port.path("port").asInt());
            }
        }
        return ports;
    }

    static List<Pod> select(JsonNode selector, List<Pod> pods) {
        if (selector.has("matchExpressions")) {
            throw new AssertionError(
                    "matchExpressions are not checked; use matchLabels: " + selector);
        }
        Map<String, String> wanted = labels(selector.path("matchLabels"));
        return pods.stream()
                .filter(pod -> pod.labels().entrySet().containsAll(wanted.entrySet()))
                .toList();
    }

    private static Map<String, String> labels(JsonNode node) {
        Map<String, String> labels = new TreeMap<>();
        node.properties().forEach(e -> labels.put(e.getKey(), e.getValue().asText()));
        return labels;
    }
}
