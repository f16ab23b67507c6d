package io.clausewatch.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

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
}
