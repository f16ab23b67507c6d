package io.clausewatch.deploy.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SchemaValidationTest {

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyRenderedObjectMatchesTheSchemaOfItsKind(String overlay) {
        Manifests manifests = Manifests.of(overlay);

        assertThat(SchemaValidator.errors(overlay, manifests.objects())).isEmpty();
    }

    @Test
    void misspeltFieldsAreReportedButFreeFormMapsAreNot() {
        List<JsonNode> misspelt =
                Manifests.parse(
                        """
                apiVersion: v1
                kind: Service
                metadata: {name: web, labels: {any-label: kept}}
                spec:
                  selector: {app: web}
                  ports: [{port: 80, targetPort: http, protocl: TCP}]
                ---
                apiVersion: kafka.strimzi.io/v1beta2
                kind: KafkaTopic
                metadata: {name: topic}
                spec: {partitions: 1, replica: 3, config: {any.topic.setting: 1}}
                """);

        List<String> errors = SchemaValidator.errors("misspelt", misspelt);

        assertThat(errors)
                .containsExactly(
                        "Service/web: unknown fields: /spec/ports/0/protocl",
                        "KafkaTopic/topic: unknown fields: /spec/replica");
    }

    @Test
    void theValidatorRejectsWrongTypesAndUnknownKinds() {
        List<JsonNode> broken =
                Manifests.parse(
                        """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: typo}
                spec:
                  replicas: two
                  selector: {matchLabels: {app: typo}}
                  template:
                    metadata: {labels: {app: typo}}
                    spec: {containers: [{name: c, image: i}]}
                ---
                apiVersion: kafka.strimzi.io/v1beta2
                kind: KafkaTopic
                metadata: {name: topic}
                spec: {partitions: many, replicas: 3}
                ---
                apiVersion: postgresql.cnpg.io/v1
                kind: Cluster
                metadata: {name: db}
                spec: {instances: "3"}
                ---
                apiVersion: keda.sh/v1alpha1
                kind: ScaledObject
                metadata: {name: scaler}
                spec:
                  scaleTargetRef: {name: x}
                  triggers: [{type: kafka, metadata: {lagThreshold: 5}}]
                ---
                apiVersion: example.com/v1
                kind: Unknown
                metadata: {name: mystery}
                """);

        List<String> errors = SchemaValidator.errors("broken", broken);

        assertThat(errors).hasSize(5);
        assertThat(errors.get(0)).contains("Deployment/typo", "replicas");
        assertThat(errors.get(1)).contains("KafkaTopic/topic", "partitions");
        assertThat(errors.get(2)).contains("Cluster/db", "instances");
        assertThat(errors.get(3)).contains("ScaledObject/scaler");
        assertThat(errors.get(4)).contains("no schema", "example.com/v1 Unknown");
    }
}
