package io.clausewatch.deploy.check;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rules every container and every Secret of a rendered overlay follows. Each method returns the
 * violations it found, one readable line each, so a test shows all of them at once.
 */
final class PodPolicies {

    private static final List<String> PROBES =
            List.of("startupProbe", "livenessProbe", "readinessProbe");

    private PodPolicies() {}

    static List<String> containers(Manifests manifests) {
        List<String> violations = new ArrayList<>();
        manifests.workloads().forEach(workload -> violations.addAll(workload(workload)));
        return violations;
    }

    static List<String> workload(JsonNode workload) {
        List<String> violations = new ArrayList<>();
        JsonNode pod = Manifests.podSpec(workload);
        for (JsonNode container : Manifests.containers(workload)) {
            String where =
                    Manifests.describe(workload) + " container " + container.path("name").asText();
            probes(container).forEach(v -> violations.add(where + ": " + v));
            resources(container).forEach(v -> violations.add(where + ": " + v));
            security(pod, container).forEach(v -> violations.add(where + ": " + v));
            if (!tmpIsWritable(pod, container)) {
                violations.add(where + ": /tmp is not an emptyDir (the root is read-only)");
            }
        }
        if (!pod.path("automountServiceAccountToken").isBoolean()
                || pod.path("automountServiceAccountToken").asBoolean()) {
            violations.add(
                    Manifests.describe(workload)
                            + ": mounts a service account token it never uses");
        }
        return violations;
    }

    private static List<String> probes(JsonNode container) {
        List<String> missing = new ArrayList<>();
        for (String probe : PROBES) {
            if (container.path(probe).isMissingNode()) {
                missing.add("no " + probe);
            }
        }
        return missing;
    }

    private static List<String> resources(JsonNode container) {
        List<String> missing = new ArrayList<>();
        JsonNode resources = container.path("resources");
        for (String field :
                List.of("requests/cpu", "requests/memory", "limits/cpu", "limits/memory")) {
            String[] path = field.split("/");
            if (resources.path(path[0]).path(path[1]).asText().isEmpty()) {
                missing.add("no " + field.replace('/', '.'));
            }
        }
        String request = resources.path("requests").path("memory").asText();
        String limit = resources.path("limits").path("memory").asText();
        if (!request.isEmpty() && !request.equals(limit)) {
            // The heap is a share of the limit; a lower request lets the node overcommit it.
            missing.add("memory request " + request + " differs from its limit " + limit);
        }
        return missing;
    }

    private static List<String> security(JsonNode pod, JsonNode container) {
        List<String> violations = new ArrayList<>();
        JsonNode context = container.path("securityContext");
        JsonNode podContext = pod.path("securityContext");
        boolean nonRoot =
                context.path("runAsNonRoot")
                        .asBoolean(podContext.path("runAsNonRoot").asBoolean(false));
        long user = context.path("runAsUser").asLong(podContext.path("runAsUser").asLong(-1));
        if (!nonRoot || user == 0) {
            violations.add("may run as root (runAsNonRoot is not true)");
        }
        if (!context.path("readOnlyRootFilesystem").asBoolean(false)) {
            violations.add("root filesystem is writable");
        }
        if (context.path("allowPrivilegeEscalation").asBoolean(true)) {
            violations.add("allows privilege escalation");
        }
        if (!context.path("capabilities").path("drop").toString().contains("\"ALL\"")) {
            violations.add("keeps Linux capabilities (drop ALL)");
        }
        return violations;
    }

    private static boolean tmpIsWritable(JsonNode pod, JsonNode container) {
        for (JsonNode mount : container.path("volumeMounts")) {
            if (mount.path("mountPath").asText().equals("/tmp")) {
                String volume = mount.path("name").asText();
                for (JsonNode candidate : pod.path("volumes")) {
                    if (candidate.path("name").asText().equals(volume)) {
                        return candidate.has("emptyDir");
                    }
                }
            }
        }
        return false;
    }

    /** Secrets are created by the operator of the cluster; none may carry a value here. */
    static List<String> secrets(Manifests manifests) {
        List<String> violations = new ArrayList<>();
        for (JsonNode secret : manifests.ofKind("Secret").toList()) {
            for (String field : List.of("data", "stringData")) {
                for (Map.Entry<String, JsonNode> entry : secret.path(field).properties()) {
                    if (!entry.getValue().asText().isEmpty()) {
                        violations.add(
                                Manifests.describe(secret)
                                        + " carries a value for "
                                        + entry.getKey());
                    }
                }
            }
        }
        return violations;
    }
}
