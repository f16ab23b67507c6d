package io.clausewatch.deploy.check;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/** The objects one overlay renders to, with the look-ups the checks share. */
record Manifests(String overlay, List<JsonNode> objects) {

    static final ObjectMapper YAML = new YAMLMapper();

    private static final Map<String, Manifests> RENDERED = new ConcurrentHashMap<>();

    /** Renders an overlay with {@code kubectl kustomize}, once per test run. */
    static Manifests of(String overlay) {
        return RENDERED.computeIfAbsent(overlay, Manifests::render);
    }

    private static Manifests render(String overlay) {
        String yaml =
                Tools.run(
                        List.of(
                                Tools.kubectl().toString(),
                                "kustomize",
                                Workspace.overlay(overlay).toString()),
                        Workspace.module());
        return new Manifests(overlay, parse(yaml));
    }

    static List<JsonNode> parse(String yaml) {
        List<JsonNode> objects = new ArrayList<>();
        try (JsonParser parser = new YAMLFactory().createParser(yaml);
                MappingIterator<JsonNode> documents = YAML.readValues(parser, JsonNode.class)) {
            while (documents.hasNext()) {
                JsonNode document = documents.next();
                if (document != null && !document.isNull() && !document.isEmpty()) {
                    objects.add(document);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("rendered YAML does not parse", e);
        }
        return objects;
    }

    Stream<JsonNode> ofKind(String kind) {
        return objects.stream().filter(o -> kind.equals(o.path("kind").asText()));
    }

    Optional<JsonNode> find(String kind, String name) {
        return ofKind(kind).filter(o -> name.equals(name(o))).findFirst();
    }

    JsonNode require(String kind, String name) {
        return find(kind, name)
                .orElseThrow(() -> new AssertionError(overlay + ": no " + kind + " named " + name));
    }

    /** The namespace every object was placed in by the overlay. */
    String namespace() {
        return objects.getFirst().path("metadata").path("namespace").asText();
    }

    static String name(JsonNode object) {
        return object.path("metadata").path("name").asText();
    }

    static String describe(JsonNode object) {
        return object.path("kind").asText() + "/" + name(object);
    }

    /** The containers and init containers of a workload's pod template. */
    static List<JsonNode> containers(JsonNode workload) {
        JsonNode pod = podSpec(workload);
        List<JsonNode> containers = new ArrayList<>();
        pod.path("initContainers").forEach(containers::add);
        pod.path("containers").forEach(containers::add);
        return containers;
    }

    static JsonNode podSpec(JsonNode workload) {
        return workload.path("spec").path("template").path("spec");
    }

    /** The kinds whose pod templates Kubernetes runs directly. */
    Stream<JsonNode> workloads() {
        return objects.stream()
                .filter(
                        o ->
                                List.of("Deployment", "StatefulSet", "DaemonSet", "Job")
                                        .contains(o.path("kind").asText()));
    }
}
