package io.clausewatch.testkit.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

/**
 * Starts one broker and one database for a whole build and writes their addresses as shell {@code
 * export} lines, then holds them until the process is told to stop. The project's test command runs
 * this first, so every module's tests share the same two servers.
 *
 * <p>Usage: {@code InfraMain <data-dir> <env-file>}
 */
public final class InfraMain {

    private InfraMain() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 2) {
            System.err.println("usage: InfraMain <data-dir> <env-file>");
            System.exit(2);
        }
        Path dataDir = Path.of(args[0]).toAbsolutePath();
        Path envFile = Path.of(args[1]).toAbsolutePath();

        Infrastructure infra = Infrastructure.startLocal(dataDir, Ports.free(), Ports.free(), true);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(
                        new Thread(
                                () -> {
                                    infra.close();
                                    stopped.countDown();
                                }));

        String exports =
                infra.environment().entrySet().stream()
                        .map(e -> "export " + e.getKey() + "='" + e.getValue() + "'")
                        .collect(Collectors.joining("\n", "", "\n"));
        Path partial = envFile.resolveSibling(envFile.getFileName() + ".partial");
        Files.writeString(partial, exports);
        Files.move(partial, envFile, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        System.out.println("test infrastructure ready: " + infra.environment().keySet());
        stopped.await();
    }
}
