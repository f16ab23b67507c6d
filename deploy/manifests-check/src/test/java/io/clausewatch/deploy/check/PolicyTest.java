package io.clausewatch.deploy.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyContainerIsProbedBoundedAndLockedDown(String overlay) {
        assertThat(PodPolicies.containers(Manifests.of(overlay))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void noSecretCarriesAValue(String overlay) {
        assertThat(PodPolicies.secrets(Manifests.of(overlay))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void trafficIsDeniedUnlessAPolicyOpensIt(String overlay) {
        Manifests manifests = Manifests.of(overlay);

        assertThat(manifests.ofKind("NetworkPolicy").filter(PolicyTest::deniesEverything))
                .hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyPortAPolicyOpensIsAPortSomethingListensOn(String overlay) {
        assertThat(NetworkPorts.violations(Manifests.of(overlay))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void kafkaAdmitsOnlyTheServicesAndTheLagScaler(String overlay) {
        JsonNode listeners =
                Topology.kafka(Manifests.of(overlay)).path("spec").path("kafka").path("listeners");

        assertThat(listeners)
                .allSatisfy(
                        listener -> assertThat(listener.path("networkPolicyPeers")).isNotEmpty());
    }

    private static boolean deniesEverything(JsonNode policy) {
        JsonNode spec = policy.path("spec");
        return spec.path("podSelector").isEmpty()
                && spec.path("policyTypes").toString().contains("Ingress")
                && spec.path("policyTypes").toString().contains("Egress")
                && spec.path("ingress").isMissingNode()
                && spec.path("egress").isMissingNode();
    }
}
