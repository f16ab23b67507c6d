package io.clausewatch.deploy.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OverlaysRenderTest {

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void overlayRendersTheWholeSystemIntoOneNamespace(String overlay) {
        Manifests manifests = Manifests.of(overlay);

        Set<String> kinds =
                manifests.objects().stream()
                        .map(o -> o.path("kind").asText())
                        .collect(Collectors.toSet());
        assertThat(kinds)
                .contains(
                        "Deployment",
                        "Service",
                        "ConfigMap",
                        "Ingress",
                        "NetworkPolicy",
                        "Kafka",
                        "KafkaNodePool",
                        "KafkaTopic",
                        "Cluster");
        assertThat(manifests.ofKind("Deployment").map(Manifests::name))
                .containsExactlyInAnyOrderElementsOf(Workspace.SERVICES);
        assertThat(manifests.objects())
                .allSatisfy(
                        o ->
                                assertThat(o.path("metadata").path("namespace").asText())
                                        .as(Manifests.describe(o))
                                        .isEqualTo(manifests.namespace()));
    }

    @Test
    void devRunsOneOfEverythingWithoutAutoscaling() {
        Manifests dev = Manifests.of("dev");

        assertThat(dev.ofKind("Deployment"))
                .allSatisfy(d -> assertThat(d.path("spec").path("replicas").asInt()).isEqualTo(1));
        assertThat(dev.ofKind("ScaledObject")).isEmpty();
        assertThat(dev.require("KafkaNodePool", "dual-role").path("spec").path("replicas").asInt())
                .isEqualTo(1);
        assertThat(dev.require("Cluster", "clausewatch-db").path("spec").path("instances").asInt())
                .isEqualTo(1);
    }

    @Test
    void prodKeepsEveryServiceUpThroughNodeLossAndDrains() {
        Manifests prod = Manifests.of("prod");

        for (String service : Workspace.SERVICES) {
            JsonNode deployment = prod.require("Deployment", service);
            int replicas = leastReplicas(prod, deployment);
            assertThat(replicas).as(service + " replicas").isGreaterThanOrEqualTo(2);
            JsonNode affinity = Manifests.podSpec(deployment).at("/affinity/podAntiAffinity");
            assertThat(affinity.toString())
                    .as(service + " anti-affinity")
                    .contains(service, "kubernetes.io/hostname");
            JsonNode budget = prod.require("PodDisruptionBudget", service);
            assertThat(
                            budget.at("/spec/selector/matchLabels")
                                    .path("app.kubernetes.io/name")
                                    .asText())
                    .isEqualTo(service);
            assertThat(budget.at("/spec/minAvailable").asInt()).isBetween(1, replicas - 1);
        }
        assertThat(prod.require("KafkaNodePool", "dual-role").at("/spec/replicas").asInt())
                .isEqualTo(3);
        assertThat(prod.require("Cluster", "clausewatch-db").at("/spec/instances").asInt())
                .isEqualTo(3);
    }

    /**
     * The fewest pods a Deployment runs: KEDA's minimum when it is autoscaled, and then the
     * Deployment must not carry a count of its own (each apply would reset KEDA's).
     */
    private static int leastReplicas(Manifests manifests, JsonNode deployment) {
        String name = Manifests.name(deployment);
        JsonNode scaler =
                manifests
                        .ofKind("ScaledObject")
                        .filter(s -> s.at("/spec/scaleTargetRef/name").asText().equals(name))
                        .findFirst()
                        .orElse(null);
        if (scaler == null) {
            return deployment.at("/spec/replicas").asInt(1);
        }
        assertThat(deployment.at("/spec/replicas").isMissingNode())
                .as(name + " is autoscaled and must leave spec.replicas to KEDA")
                .isTrue();
        return scaler.at("/spec/minReplicaCount").asInt(1);
    }

    @Test
    void onlyTheGatewayIsReachableFromOutside() {
        for (String overlay : List.of("dev", "prod")) {
            Manifests manifests = Manifests.of(overlay);
            assertThat(manifests.ofKind("Ingress").map(i -> i.findValues("service").toString()))
                    .allSatisfy(
                            backends ->
                                    assertThat(backends)
                                            .contains("\"api-gateway\"")
                                            .doesNotContain(
                                                    "crawler-service",
                                                    "diff-service",
                                                    "alert-service"));
            assertThat(manifests.ofKind("Service"))
                    .allSatisfy(
                            s ->
                                    assertThat(s.path("spec").path("type").asText("ClusterIP"))
                                            .isEqualTo("ClusterIP"));
        }
    }
}
