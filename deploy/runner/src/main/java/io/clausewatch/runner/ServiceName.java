package io.clausewatch.runner;

/** The four services, with the module that builds each and its default port. */
public enum ServiceName {
    CRAWLER("crawler-service", 8081),
    DIFF("diff-service", 8082),
    ALERT("alert-service", 8083),
    GATEWAY("api-gateway", 8080);

    private final String module;
    private final int defaultPort;

    ServiceName(String module, int defaultPort) {
        this.module = module;
        this.defaultPort = defaultPort;
    }

    public String module() {
        return module;
    }

    public int defaultPort() {
        return defaultPort;
    }
}
