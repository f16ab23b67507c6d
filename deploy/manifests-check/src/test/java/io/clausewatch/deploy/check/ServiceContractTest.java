package io.clausewatch.deploy.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.clausewatch.events.Topics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The manifests and the Compose file against the services' own configuration. */
class ServiceContractTest {

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void manifestsSetExactlyWhatTheServicesRead(String overlay) {
        assertThat(EnvContract.kubernetes(Manifests.of(overlay), Configs.all())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyTopicAServiceConfiguresExistsAsAKafkaTopic(String overlay) {
        assertThat(Topology.topicViolations(Manifests.of(overlay), Configs.all(), Topics.ALL))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void servicesPointAtTheirKafkaDatabaseSchemaAndRole(String overlay) {
        assertThat(Topology.dataWiringViolations(Manifests.of(overlay), Configs.all())).isEmpty();
    }

    @Test
    void everyConsumerScalesOnLagUpToItsPartitions() {
        assertThat(Topology.autoscalingViolations(Manifests.of("prod"), Configs.all(), true))
                .isEmpty();
    }

    @Test
    void composeSetsWhatTheServicesReadAndRunsThemLockedDown() {
        JsonNode services = Compose.file().path("services");
        List<String> violations = new ArrayList<>();
        Configs.all()
                .forEach(
                        (name, config) -> {
                            JsonNode service = services.path(name);
                            violations.addAll(
                                    EnvContract.check(
                                            "compose " + name,
                                            config,
                                            Compose.environment(service)));
                            violations.addAll(Compose.hardening("compose " + name, service));
                            JsonNode args = service.path("build").path("args");
                            if (!args.path("SERVICE").asText().equals(name)
                                    || args.path("PORT").asInt() != config.httpPort()) {
                                violations.add(
                                        "compose "
                                                + name
                                                + " builds "
                                                + args
                                                + ", not its own jar and port");
                            }
                        });
        assertThat(violations).isEmpty();
    }

    @Test
    void composePublishesOnlyTheGateway() {
        JsonNode services = Compose.file().path("services");
        List<String> published = new ArrayList<>();
        services.properties()
                .forEach(
                        s -> {
                            if (s.getValue().has("ports")) {
                                published.add(s.getKey());
                            }
                        });

        assertThat(published).containsExactly("api-gateway");
        assertThat(services.at("/api-gateway/ports/0").asText()).endsWith(":8080");
    }

    @Test
    void composeCreatesTheSameTopicsAsKubernetes() {
        Map<String, Compose.TopicLine> compose = Compose.topics();
        Map<String, JsonNode> kubernetes = Topology.topics(Manifests.of("prod"));

        assertThat(compose.keySet()).containsExactlyInAnyOrderElementsOf(kubernetes.keySet());
        kubernetes.forEach(
                (name, topic) -> {
                    JsonNode spec = topic.path("spec");
                    Compose.TopicLine line = compose.get(name);
                    assertThat(line.partitions())
                            .as(name)
                            .isEqualTo(spec.path("partitions").asInt());
                    assertThat(line.retentionMs())
                            .as(name)
                            .isEqualTo(spec.path("config").path("retention.ms").asLong());
                    assertThat(line.maxMessageBytes())
                            .as(name)
                            .isEqualTo(
                                    spec.path("config").path("max.message.bytes").asLong(1048588));
                });
    }
}
