package io.clausewatch.testkit.quarkus;

import io.clausewatch.testkit.infra.Infrastructure;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Points a Quarkus test at the real Kafka broker and Postgres of the build. The servers are shared
 * by every test class of the JVM and stop with it.
 */
public class ClausewatchInfraResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Infrastructure.forTests().quarkusConfig();
    }

    @Override
    public void stop() {
        // shared across test classes; the JVM's shutdown hook stops the servers
    }
}
