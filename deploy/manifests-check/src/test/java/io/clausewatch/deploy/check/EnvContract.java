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

    /** A value taken from a Secret, whose value the manifests never see. */
    static final String FROM_SECRET = "<secret>";

    private static final Pattern SECRET_NAME = Pattern.compile(".*(PASSWORD|SECRET|_KEY)$");

    private static final Pattern LOOPBACK = Pattern.compile(".*(127\\.0\\.0\\.1|localhost).*");

    private EnvContract() {}

    /**
     * @param environment the names set, with their value or {@link #FROM_SECRET}
     */
    static List<String> check(String where, ServiceConfig config, Map<String, String> environment) {
        List<String> violations = new ArrayList<>();
        String service = config.service();
        Set<String> readable = config.readableEnv();
        for (Map.Entry<String, String> variable : environment.entrySet()) {
            String name = variable.getKey();
            if (!readable.contains(name) && !IMAGE_ENV.contains(name)) {
                violations.add(
                        "%s sets %s, which %s does not read".formatted(where, name, service));
            }
            if (SECRET_NAME.matcher(name).matches() && !FROM_SECRET.equals(variable.getValue())) {
                violations.add(
                        "%s sets %s from a literal, not from a Secret".formatted(where, name));
            }
        }
        for (String required : config.requiredEnv()) {
            if (!environment.containsKey(required)) {
                violations.add(
                        "%s does not set %s, which %s requires"
                                .formatted(where, required, service));
            }
        }
        for (Map.Entry<String, String> reference : config.envReferences().entrySet()) {
            String fallback = reference.getValue();
            boolean oneMachine = fallback != null && LOOPBACK.matcher(fallback).matches();
            if (oneMachine && !environment.containsKey(reference.getKey())) {
                violations.add(
                        "%s leaves %s at its one-machine default %s"
                                .formatted(where, reference.getKey(), fallback));
            }
        }
        String port = environment.get("QUARKUS_HTTP_PORT");
        if (port != null && !port.equals(Integer.toString(config.httpPort()))) {
            violations.add(
                    "%s sets QUARKUS_HTTP_PORT=%s but %s is configured for %d"
                            .formatted(where, port, service, config.httpPort()));
        }
        return violations;
    }

    private static int namedPort(JsonNode container, JsonNode name) {
        for (JsonNode candidate : container.path("ports")) {
            if (candidate.path("name").asText().equals(name.asText())) {
                return candidate.path("containerPort").asInt();
            }
        }
        return -1;
    }

    /** The environment of a container, ConfigMaps resolved, Secrets marked. */
    static Map<String, String> environment(
            Manifests manifests, JsonNode container, List<String> violations) {
        Map<String, String> environment = new LinkedHashMap<>();
        for (JsonNode source : container.path("envFrom")) {
            if (!source.has("configMapRef")) {
                violations.add("envFrom " + source + " hides the names it sets; use secretKeyRef");
                continue;
            }
            JsonNode configMap =
                    manifests.require("ConfigMap", source.at("/configMapRef/name").asText());
            for (Map.Entry<String, JsonNode> entry : configMap.path("data").properties()) {
                environment.put(entry.getKey(), entry.getValue().asText());
            }
        }
        for (JsonNode variable : container.path("env")) {
            boolean secret = variable.at("/valueFrom/secretKeyRef").isObject();
            String value = secret ? FROM_SECRET : variable.path("value").asText(null);
            environment.put(variable.path("name").asText(), value);
        }
        return environment;
    }

    /** Checks every service's Deployment in an overlay, and its Service and scrape port. */
    static List<String> kubernetes(Manifests manifests, Map<String, ServiceConfig> configs) {
        List<String> violations = new ArrayList<>();
        for (ServiceConfig config : configs.values()) {
            JsonNode deployment = manifests.require("Deployment", config.service());
            JsonNode container = Manifests.podSpec(deployment).at("/containers/0");
            String where = manifests.overlay() + " Deployment/" + config.service();
            Map<String, String> environment = environment(manifests, container, violations);
            violations.addAll(check(where, config, environment));
            violations.addAll(ports(manifests, deployment, container, config));
        }
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
                    "%s: container port http is %d, the service listens on %d"
                            .formatted(service, containerPort, port));
        }
        int metricsPort = config.managementPort();
        JsonNode annotations = deployment.at("/spec/template/metadata/annotations");
        boolean scraped =
                annotations.path("prometheus.io/scrape").asText().equals("true")
                        && annotations.path("prometheus.io/port").asInt() == metricsPort
                        && annotations.path("prometheus.io/path").asText().equals("/q/metrics");
        if (!scraped) {
            violations.add(
                    "%s: Prometheus annotations do not point at :%d/q/metrics"
                            .formatted(service, metricsPort));
        }
        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            JsonNode probePort = container.path(probe).at("/httpGet/port");
            if (probePort.isMissingNode()) {
                continue;
            }
            int probed = probePort.isInt() ? probePort.asInt() : namedPort(container, probePort);
            if (probed != metricsPort) {
                violations.add(
                        "%s: %s goes to port %s, but health is served on %d"
                                .formatted(service, probe, probePort.asText(), metricsPort));
            }
        }
        for (JsonNode servicePort : manifests.require("Service", service).at("/spec/ports")) {
            String target = servicePort.path("targetPort").asText();
            if (!target.equals("http") && !target.equals(Integer.toString(port))) {
                violations.add(
                        "%s: Service targets port %s, not http/%d"
                                .formatted(service, target, port));
            }
        }
        return violations;
    }
}
