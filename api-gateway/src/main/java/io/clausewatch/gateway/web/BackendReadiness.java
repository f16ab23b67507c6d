package io.clausewatch.gateway.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while every internal service answers its liveness probe: the gateway can serve nothing
 * useful without them, and the report names the one that is down.
 */
@Readiness
@ApplicationScoped
public class BackendReadiness implements HealthCheck {

    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(1);

    private final Map<String, URI> probes = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(PROBE_TIMEOUT).build();

    public BackendReadiness(
            @ConfigProperty(name = "quarkus.rest-client.crawler.url") String crawler,
            @ConfigProperty(name = "quarkus.rest-client.diff.url") String diff,
            @ConfigProperty(name = "quarkus.rest-client.alert.url") String alert) {
        probes.put("crawler-service", probe(crawler));
        probes.put("diff-service", probe(diff));
        probes.put("alert-service", probe(alert));
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder report = HealthCheckResponse.named("Internal services").up();
        probes.forEach(
                (service, uri) -> {
                    boolean up = answers(uri);
                    report.withData(service, up ? "UP" : "DOWN");
                    if (!up) {
                        report.down();
                    }
                });
        return report.build();
    }

    private boolean answers(URI uri) {
        try {
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(PROBE_TIMEOUT).GET().build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static URI probe(String base) {
        String trimmed = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        return URI.create(trimmed + "/q/health/live");
    }
}
