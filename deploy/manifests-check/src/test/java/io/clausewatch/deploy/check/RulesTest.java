package io.clausewatch.deploy.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.clausewatch.events.Topics;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The checks themselves, on small hand-made inputs: each one can fail, and says why. */
class RulesTest {

    @Test
    void aBareContainerBreaksEveryPodRule() {
        JsonNode deployment =
                Manifests.parse(
                                """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: bare}
                spec:
                  template:
                    spec:
                      containers:
                        - name: app
                          image: app
                          resources: {requests: {memory: 256Mi}, limits: {memory: 512Mi}}
                """)
                        .getFirst();

        List<String> violations = PodPolicies.workload(deployment);

        assertThat(String.join("\n", violations))
                .contains(
                        "no startupProbe",
                        "no livenessProbe",
                        "no readinessProbe",
                        "no requests.cpu",
                        "no limits.cpu",
                        "differs from its limit",
                        "may run as root",
                        "root filesystem is writable",
                        "allows privilege escalation",
                        "keeps Linux capabilities",
                        "/tmp is not an emptyDir",
                        "service account token");
    }

    @Test
    void aSecretWithAValueIsReported() {
        Manifests manifests =
                new Manifests(
                        "test",
                        Manifests.parse(
                                """
                apiVersion: v1
                kind: Secret
                metadata: {name: leaked}
                stringData: {password: hunter2}
                """));

        assertThat(PodPolicies.secrets(manifests))
                .containsExactly("Secret/leaked carries a value for password");
    }

    @Test
    void referencesAndMappedKeysAreWhatAServiceReads() {
        ServiceConfig config =
                config(
                        """
                quarkus.http.port=8082
                kafka.bootstrap.servers=${KAFKA_BOOTSTRAP_SERVERS:127.0.0.1:9092}
                clausewatch.token=${CLAUSEWATCH_TOKEN}
                clausewatch.nested=${OUTER:${INNER}}
                clausewatch.flag=${CLAUSEWATCH_FLAG:false}
                %test.clausewatch.only-in-tests=${TEST_ONLY}
                mp.messaging.incoming.in.topic=crawl.snapshots
                mp.messaging.incoming.in.group.id=diff-service
                mp.messaging.outgoing.out.topic=documents.changes
                """);

        assertThat(config.requiredEnv()).containsExactly("CLAUSEWATCH_TOKEN");
        assertThat(config.readableEnv())
                .contains("QUARKUS_HTTP_PORT", "CLAUSEWATCH_FLAG", "INNER", "OUTER")
                .doesNotContain("TEST_ONLY", "CLAUSEWATCH_ONLY_IN_TESTS");
        assertThat(config.envReferences())
                .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092");
        assertThat(config.incomingTopics())
                .containsExactly(Map.entry("crawl.snapshots", "diff-service"));
        assertThat(config.topics()).containsExactly("crawl.snapshots", "documents.changes");
    }

    @Test
    void aRenamedPropertyOrAMissingSettingBreaksTheContract() {
        ServiceConfig config =
                config(
                        """
                quarkus.http.port=8082
                kafka.bootstrap.servers=${KAFKA_BOOTSTRAP_SERVERS:127.0.0.1:9092}
                clausewatch.token=${CLAUSEWATCH_TOKEN}
                quarkus.datasource.password=${CLAUSEWATCH_DB_PASSWORD:}
                """);
        Map<String, String> environment =
                Map.of(
                        "CLAUSEWATCH_RENAMED", "x",
                        "CLAUSEWATCH_DB_PASSWORD", "plain",
                        "QUARKUS_HTTP_PORT", "9000");

        List<String> violations = EnvContract.check("test", config, environment);

        assertThat(String.join("\n", violations))
                .contains(
                        "sets CLAUSEWATCH_RENAMED, which svc does not read",
                        "sets CLAUSEWATCH_DB_PASSWORD from a literal",
                        "does not set CLAUSEWATCH_TOKEN",
                        "leaves KAFKA_BOOTSTRAP_SERVERS at its one-machine default",
                        "QUARKUS_HTTP_PORT=9000 but svc is configured for 8082");
    }

    @Test
    void aPolicyOpeningAPortNobodyListensOnIsReported() {
        Manifests manifests =
                new Manifests(
                        "test",
                        Manifests.parse(
                                """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web}
                spec:
                  template:
                    metadata: {labels: {app: web}}
                    spec: {containers: [{name: web, image: web, ports: [{containerPort: 8080}]}]}
                ---
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: web}
                spec:
                  podSelector: {matchLabels: {app: web}}
                  ingress: [{ports: [{port: 9999}]}]
                  egress:
                    - to: [{podSelector: {matchLabels: {app: web}}}]
                      ports: [{port: 8081}]
                    - to: [{ipBlock: {cidr: 0.0.0.0/0}}]
                      ports: [{port: 22}]
                """));

        assertThat(NetworkPorts.violations(manifests))
                .containsExactly(
                        "NetworkPolicy/web admits port 9999, on which none of its pods listens",
                        "NetworkPolicy/web sends to port 8081, on which none of [Deployment/web]"
                                + " listens",
                        "NetworkPolicy/web opens port 22 to 0.0.0.0/0");
    }

    @Test
    void topicsMustMatchWhatTheServicesAndTheEventsModuleName() {
        Manifests manifests =
                new Manifests(
                        "test",
                        Manifests.parse(
                                """
                apiVersion: kafka.strimzi.io/v1beta2
                kind: Kafka
                metadata: {name: k}
                spec: {kafka: {listeners: [{name: plain, port: 9092, type: internal, tls: false}]}}
                ---
                apiVersion: kafka.strimzi.io/v1beta2
                kind: KafkaNodePool
                metadata: {name: pool, labels: {strimzi.io/cluster: k}}
                spec: {replicas: 2, roles: [broker, controller]}
                ---
                apiVersion: kafka.strimzi.io/v1beta2
                kind: KafkaTopic
                metadata: {name: declared, labels: {strimzi.io/cluster: k}}
                spec: {partitions: 2, replicas: 3, config: {min.insync.replicas: 2}}
                ---
                apiVersion: kafka.strimzi.io/v1beta2
                kind: KafkaTopic
                metadata: {name: leftover, labels: {strimzi.io/cluster: other}}
                spec: {partitions: 1, replicas: 2, config: {min.insync.replicas: 2}}
                """));
        ServiceConfig config = config("mp.messaging.incoming.in.topic=renamed");

        List<String> violations =
                Topology.topicViolations(
                        manifests,
                        Map.of("svc", config),
                        List.of(new Topics.TopicSpec("declared", 6)));

        assertThat(violations)
                .containsExactlyInAnyOrder(
                        "topic declared has 2 partitions, the events module declares 6",
                        "svc configures topic renamed, which has no KafkaTopic",
                        "KafkaTopic leftover is named by no service and not by the events module",
                        "topic declared wants 3 replicas on 2 brokers",
                        "KafkaTopic leftover is not labelled for Kafka k",
                        "topic leftover: min.insync.replicas 2 stops producers when one of 2 is down");
    }

    private static ServiceConfig config(String properties) {
        Properties raw = new Properties();
        try {
            raw.load(new StringReader(properties));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return ServiceConfig.parse("svc", raw);
    }
}
