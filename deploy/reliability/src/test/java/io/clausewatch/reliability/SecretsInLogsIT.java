package io.clausewatch.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.clausewatch.runner.ServiceName;
import io.clausewatch.webhooks.WebhookSignature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs last (the suites run in alphabetical order): the logs of every service, across every restart
 * of the run, hold none of the API keys, webhook secrets or signatures the run handled.
 */
class SecretsInLogsIT {

    @Test
    void noKeySecretOrSignatureReachesALog() throws IOException {
        ReliabilityStack stack = ReliabilityStack.get();
        Set<String> secrets = new TreeSet<>();
        for (String secret : stack.secrets) {
            secrets.add(secret);
            if (secret.startsWith(WebhookSignature.SECRET_PREFIX)) {
                secrets.add(secret.substring(WebhookSignature.SECRET_PREFIX.length()));
            }
        }
        for (Receiver.Request request : stack.receiver.requests()) {
            if (request.signature() == null) {
                continue;
            }
            for (String signature : request.signature().split(" ")) {
                int comma = signature.indexOf(',');
                secrets.add(comma < 0 ? signature : signature.substring(comma + 1));
            }
        }
        List<Path> logs = new ArrayList<>();
        try (Stream<Path> files = Files.list(stack.logs())) {
            files.forEach(logs::add);
        }
        assertThat(logs).hasSizeGreaterThanOrEqualTo(ServiceName.values().length);
        long bytes = 0;
        for (Path log : logs) {
            String text = Files.readString(log, java.nio.charset.StandardCharsets.ISO_8859_1);
            bytes += text.length();
            for (String secret : secrets) {
                assertThat(text.contains(secret))
                        .as(
                                "%s holds a secret starting %s",
                                log.getFileName(), secret.substring(0, 6))
                        .isFalse();
            }
        }
        System.out.printf(
                "%nlog scan: %d secrets (keys, webhook secrets, signatures) in %d logs, %d KB: none found%n",
                secrets.size(), logs.size(), bytes / 1024);
        assertThat(secrets).hasSizeGreaterThan(5);
    }
}
