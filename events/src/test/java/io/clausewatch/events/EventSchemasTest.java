package io.clausewatch.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Outside consumers read the JSON Schema of each event type; it must describe exactly the fields
 * the payload record writes, so a renamed field breaks this build, not a consumer.
 */
class EventSchemasTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Arguments> eventTypes() {
        return Stream.of(
                Arguments.of(EventTypes.CRAWL_REQUESTED, CrawlRequested.class),
                Arguments.of(EventTypes.SNAPSHOT_CAPTURED, SnapshotCaptured.class),
                Arguments.of(EventTypes.CRAWL_FAILED, CrawlFailed.class),
                Arguments.of(EventTypes.CRAWL_RECOVERED, CrawlRecovered.class),
                Arguments.of(EventTypes.DOCUMENT_CHANGED, DocumentChanged.class),
                Arguments.of(EventTypes.DELIVERY_EXHAUSTED, DeliveryExhausted.class));
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void schemaDescribesEveryFieldOfThePayload(String type, Class<? extends Record> payload)
            throws IOException {
        JsonNode schema = schema(type);

        List<String> described = new ArrayList<>();
        schema.get("properties").fieldNames().forEachRemaining(described::add);
        List<String> written =
                Arrays.stream(payload.getRecordComponents()).map(RecordComponent::getName).toList();

        assertThat(described).containsExactlyInAnyOrderElementsOf(written);
        assertThat(schema.get("$schema").asText()).contains("json-schema.org");
        assertThat(schema.get("title").asText()).isEqualTo(payload.getSimpleName());
        assertThat(schema.get("$id").asText()).endsWith("/" + type + ".json");
    }

    private static JsonNode schema(String type) throws IOException {
        String path = "/schemas/" + type + ".json";
        try (InputStream in = EventSchemasTest.class.getResourceAsStream(path)) {
            assertThat(in).as("schema file %s", path).isNotNull();
            return JSON.readTree(in);
        }
    }
}
