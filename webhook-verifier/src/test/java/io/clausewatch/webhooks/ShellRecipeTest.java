package io.clausewatch.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shell recipe of the README agrees with the Java helper, where openssl is installed. */
class ShellRecipeTest {

    private static final Path SCRIPT = Path.of("scripts/verify-webhook.sh");
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String BODY =
            "{\"specversion\":\"1.0\",\"id\":\"e1\",\"data\":{\"text\":\"d\u00e9j\u00e0 vu\\n\"}}\n";

    @TempDir Path directory;

    @Test
    void scriptAcceptsWhatTheJavaHelperSignedAndRejectsATamperedBody() throws Exception {
        assumeTrue(commandExists("openssl"), "openssl is not installed");
        long now = Instant.now().getEpochSecond();
        String signature = WebhookSignature.forSecret(SECRET).sign("msg_1", now, BODY);
        Path body = Files.writeString(directory.resolve("body.json"), BODY, StandardCharsets.UTF_8);
        Path tampered = Files.writeString(directory.resolve("tampered.json"), BODY + " ");

        assertThat(run(now, "v1,bm90IGl0 " + signature, body)).isZero();
        assertThat(run(now, signature, tampered)).isEqualTo(1);
        assertThat(run(now - 3600, signature, body)).isEqualTo(1);
    }

    private int run(long timestamp, String signatures, Path body) throws Exception {
        Process process =
                new ProcessBuilder(
                                "sh",
                                SCRIPT.toString(),
                                SECRET,
                                "msg_1",
                                Long.toString(timestamp),
                                signatures,
                                body.toString())
                        .redirectErrorStream(true)
                        .start();
        process.getInputStream().readAllBytes();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return process.exitValue();
    }

    private static boolean commandExists(String command) throws IOException {
        try {
            Process process = new ProcessBuilder(command, "version").start();
            process.getInputStream().readAllBytes();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
