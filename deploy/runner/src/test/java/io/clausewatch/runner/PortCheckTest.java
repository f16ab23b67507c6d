package io.clausewatch.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortCheckTest {

    @Test
    void aPortHeldByAnotherServerIsNamedWithTheOptionThatMovesIt() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            UpOptions options = UpOptions.parse(new String[] {"--gateway-port", "" + port});

            assertThat(PortCheck.busy(options))
                    .contains(
                            "port " + port + " for api-gateway (--gateway-port) is already in use");
        }
    }

    @Test
    void aFreePortIsNotReported() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        UpOptions options = UpOptions.parse(new String[] {"--diff-port", "" + port});

        assertThat(PortCheck.busy(options)).noneMatch(line -> line.contains("port " + port + " "));
    }

    @Test
    void postgresLeftByThisDataDirectorysKilledRunIsNotReported(@TempDir Path dataDir)
            throws Exception {
        Files.createDirectories(dataDir.resolve("postgres/cluster"));
        Files.writeString(dataDir.resolve("postgres/cluster/postmaster.pid"), "4242\n");
        try (ServerSocket leftOver = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = leftOver.getLocalPort();
            UpOptions options =
                    UpOptions.parse(
                            new String[] {
                                "--data-dir", dataDir.toString(), "--postgres-port", "" + port
                            });

            // the start-up stops that server itself; another data directory's would be named
            assertThat(PortCheck.busy(options)).noneMatch(line -> line.contains("Postgres"));
        }
    }
}
