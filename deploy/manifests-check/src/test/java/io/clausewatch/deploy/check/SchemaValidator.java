package io.clausewatch.deploy.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Validates objects against the schemas of their kinds with src/test/node/validate.mjs: the
 * Kubernetes OpenAPI schemas and the Strimzi, CloudNativePG and KEDA CRD schemas, compiled to
 * validators by the kubernetes-models packages (MIT) that package-lock.json pins.
 */
final class SchemaValidator {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SchemaValidator() {}

    /** One line per invalid object: kind/name and what is wrong; empty when all are valid. */
    static List<String> errors(String label, List<JsonNode> objects) {
        Tools.requireNodeModules();
        Path input = write(label, objects);
        String output =
                Tools.run(
                        List.of(
                                Tools.node().toString(),
                                Workspace.module().resolve("src/test/node/validate.mjs").toString(),
                                input.toString()),
                        Workspace.module());
        List<String> errors = new ArrayList<>();
        int reported = 0;
        for (String line : output.strip().split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            reported++;
            JsonNode result = read(line);
            if (!result.path("error").isNull()) {
                errors.add(
                        result.path("kind").asText()
                                + "/"
                                + result.path("name").asText()
                                + ": "
                                + result.path("error").asText());
            }
        }
        if (reported != objects.size()) {
            errors.add("the validator reported " + reported + " of " + objects.size() + " objects");
        }
        return errors;
    }

    private static Path write(String label, List<JsonNode> objects) {
        try {
            Path input = Workspace.target().resolve("schema-check").resolve(label + ".json");
            Files.createDirectories(input.getParent());
            JSON.writeValue(input.toFile(), objects);
            return input;
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the objects to validate", e);
        }
    }

    private static JsonNode read(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new IllegalStateException("the validator printed " + line, e);
        }
    }
}
