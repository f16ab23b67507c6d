package io.clausewatch.deploy.check;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The contract between what a deployment sets in a service's environment and what the service
 * reads: nothing set that no one reads (a renamed property would leave it dangling), nothing
 * required left unset, no one-machine default (a loopback address) left in place, secrets only from
 * Secrets, and one HTTP port everywhere.
 */
final class EnvContract {

    /** Read by the image (the java launcher), not by the service's configuration. */
    static final Set<String> IMAGE_ENV = Set.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS");

    private static final Pattern SECRET_NAME = Pattern.compile(".*(PASSWORD|SECRET|_KEY)$");

    private static final Pattern LOOPBACK = Pattern.compile(".*(127\\.0\\.0\\.1|localhost).*");

    /** A value taken from a Secret, whose value the manifests never see. */
    static final String FROM_SECRET = "<secret>";

    private EnvContract() {}

    /**
     * @param environment the names set, with their value or {@link #FROM_SECRET}
     */
    static List<String> check(String where, ServiceConfig config, Map<String, String> environment) {
        List<String> violations = new ArrayList<>();
        Set<String> readable = config.readableEnv();
        environment.forEach(
                (name, value) -> {
                    if (!readable.contains(name) && !IMAGE_ENV.contains(name)) {
                        violations.add(
                                where
                                        + " sets "
                                        + name
                                        + ", which "
                                        + config.service()
                                        + " does not read");
                    }
                    if (SECRET_NAME.matcher(name).matches() && !FROM_SECRET.equals(value)) {
                        violations.add(
                                where + " sets " + name + " from a literal, not from a Secret");
                    }
                });
        for (String required : config.requiredEnv()) {
            if (!environment.containsKey(required)) {
                violations.add(
                        where
                                + " does not set "
                                + required
                                + ", which "
                                + config.service()
                                + " requires");
            }
        }
        config.envReferences()
                .forEach(
                        (name, fallback) -> {
                            if (fallback != null
                                    && LOOPBACK.matcher(fallback).matches()
                                    && !environment.containsKey(name)) {
                                violations.add(
                                        where
                                                + " leaves "
                                                + name
                                                + " at its one-machine default "
                                                + fallback);
                            }
                        });
        String port = environment.get("QUARKUS_HTTP_PORT");
        if (port != null && !port.equals(Integer.toString(config.httpPort()))) {
            violations.add(
                    where
                            + " sets QUARKUS_HTTP_PORT="
                            + port
                            + " but "
                            + config.service()
                            + " is configured for "
                            + config.httpPort());
        }
        return violations;
    }

    /** The environment of a Deployment's first container, ConfigMaps resolved. */
    static Map<String, String> environment(
            Manifests manifests, JsonNode container, List<String> violations) {
        Map<String, String> environment = new LinkedHashMap<>();
        for (JsonNode source : container.path("envFrom")) {
            if (source.has("configMapRef")) {
                String name = source.path("configMapRef").path("name").asText();
                manifests
                        .require("ConfigMap", name)
                        .path("data")
                        .properties()
                        .forEach(e -> environment.put(e.getKey(), e.getValue().asText()));
            } else {
                violations.add(
                        "envFrom "
                                + source
                                + " hides the names it sets; use env with secretKeyRef");
            }
        }
        for (JsonNode variable : container.path("env")) {
            JsonNode from = variable.path("valueFrom");
            String value =
                    from.has("secretKeyRef") ? FROM_SECRET : variable.path("value").asText(null);
            environment.put(variable.path("name").asText(), value);
        }
        return environment;
    }

    /** Checks every service's Deployment in an overlay, and its Service and scrape port. */
    static List<String> kubernetes(Manifests manifests, Map<String, ServiceConfig> configs) {
        List<String> violations = new ArrayList<>();
        configs.forEach(
                (service, config) -> {
                    JsonNode deployment = manifests.require("Deployment", service);
                    JsonNode container = Manifests.podSpec(deployment).path("containers").path(0);
                    String where = manifests.overlay() + " Deployment/" + service;
                    Map<String, String> environment = environment(manifests, container, violations);
                    violations.addAll(check(where, config, environment));
                    violations.addAll(ports(manifests, deployment, container, config));
                });
        return violations;
    }

    private static List<String> ports(
            Manifests manifests, JsonNode deployment, JsonNode container, ServiceConfig config) {
        List<String> violations = new ArrayList<>();
        String service = config.service();
        int port = config.httpPort();
        int containerPort = -1;
        for (JsonNode candidate : container.path("ports")) {
            if (candidate.path("name").asText().equals("http")) {
                containerPort = candidate.path("containerPort").asInt();
            }
        }
        if (containerPort != port) {
            violations.add(
                    service
                            + ": container port http is "
                            + containerPort
                            + ", the service listens on "
                            + port);
        }
        JsonNode annotations =
                deployment.path("spec").path("template").path("metadata").path("annotations");
        if (!annotations.path("prometheus.io/scrape").asText().equals("true")
                || annotations.path("prometheus.io/port").asInt() != port
                || !annotations.path("prometheus.io/path").asText().equals("/q/metrics")) {
            violations.add(
                    service + ": Prometheus annotations do not point at :" + port + "/q/metrics");
        }
        JsonNode serviceObject = manifests.require("Service", service);
        for (JsonNode servicePort : serviceObject.path("spec").path("ports")) {
            String target = servicePort.path("targetPort").asText();
            if (!target.equals("http") && !target.equals(Integer.toString(port))) {
                violations.add(service + ": Service targets port " + target + ", not http/" + port);
            }
        }
        return violations;
    }
}
