package io.clausewatch.runner;

/** The four services, with the module that builds each, its default port and its port option. */
public enum ServiceName {
    CRAWLER("crawler-service", 8081, "--crawler-port"),
    DIFF("diff-service", 8082, "--diff-port"),
    ALERT("alert-service", 8083, "--alert-port"),
    GATEWAY("api-gateway", 8080, "--gateway-port");

    private final String module;
    private final int defaultPort;
    private final String portOption;

    ServiceName(String module, int defaultPort, String portOption) {
        this.module = module;
        this.defaultPort = defaultPort;
        this.portOption = portOption;
    }

    /** The option of {@code clausewatch up} that sets this service's port. */
    public String portOption() {
        return portOption;
    }

    public String module() {
        return module;
    }

    public int defaultPort() {
        return defaultPort;
    }
}
