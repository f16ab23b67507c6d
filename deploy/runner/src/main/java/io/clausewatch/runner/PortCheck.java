package io.clausewatch.runner;

import io.clausewatch.testkit.infra.ExternalServers;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the ports {@code up} needs that something else already holds, so that a second Clausewatch
 * or any other server on them gets one plain sentence instead of a failure deep in Postgres or
 * Kafka start-up.
 */
final class PortCheck {

    private PortCheck() {}

    /** One line per busy port, naming what needed it and the option that moves it. */
    static List<String> busy(UpOptions options) {
        Map<String, Integer> wanted = new LinkedHashMap<>();
        if (ExternalServers.kafka().isEmpty()) {
            wanted.put("Kafka (--kafka-port)", options.kafkaPort());
        }
        // A server this data directory's last run left behind is stopped by the start-up itself.
        boolean leftPostgres =
                Files.exists(options.dataDir().resolve("postgres/cluster/postmaster.pid"));
        if (ExternalServers.postgres().isEmpty() && !leftPostgres) {
            wanted.put("Postgres (--postgres-port)", options.postgresPort());
        }
        for (ServiceName service : ServiceName.values()) {
            wanted.put(
                    service.module() + " (" + service.portOption() + ")",
                    options.ports().get(service));
        }
        List<String> busy = new ArrayList<>();
        wanted.forEach(
                (what, port) -> {
                    if (!free(port)) {
                        busy.add("port " + port + " for " + what + " is already in use");
                    }
                });
        return busy;
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
