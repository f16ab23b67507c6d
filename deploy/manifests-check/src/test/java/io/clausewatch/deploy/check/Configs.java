package io.clausewatch.deploy.check;

import java.util.LinkedHashMap;
import java.util.Map;

/** The four services' configuration, read from their modules when a test asks. */
final class Configs {

    private Configs() {}

    static Map<String, ServiceConfig> all() {
        Map<String, ServiceConfig> configs = new LinkedHashMap<>();
        Workspace.SERVICES.forEach(service -> configs.put(service, ServiceConfig.load(service)));
        return configs;
    }
}
