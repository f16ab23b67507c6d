package io.clausewatch.testkit.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A Postgres cluster run from the machine's own PostgreSQL binaries ({@code initdb}, {@code
 * pg_ctl}). Postgres refuses to run as root, so as root the cluster belongs to the {@code postgres}
 * user and every command runs through {@code runuser}.
 */
public final class MachinePostgres implements PostgresServer {

    static final String USER = "clausewatch";

    private final Path binDir;
    private final Path clusterDir;
    private final int port;
    private final String password;

    private MachinePostgres(Path binDir, Path clusterDir, int port, String password) {
        this.binDir = binDir;
        this.clusterDir = clusterDir;
        this.port = port;
        this.password = password;
    }

    /** The directory holding initdb and pg_ctl, if this machine has PostgreSQL installed. */
    public static Optional<Path> findBinaries() {
        String configured = System.getenv("CLAUSEWATCH_PG_BIN");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured)).filter(MachinePostgres::hasTools);
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                Optional<Path> newest =
                        versions.map(v -> v.resolve("bin"))
                                .filter(MachinePostgres::hasTools)
                                .max(Comparator.comparing(MachinePostgres::majorVersion));
                if (newest.isPresent()) {
                    return newest;
                }
            } catch (IOException e) {
                // fall through to PATH
            }
        }
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(java.io.File.pathSeparator))
                .filter(p -> !p.isBlank())
                .map(Path::of)
                .filter(MachinePostgres::hasTools)
                .findFirst();
    }

    /**
     * Starts the cluster in {@code dataDir}, creating it first when it does not exist.
     *
     * @param throwaway trade durability for speed (no fsync): for test clusters only
     */
    public static MachinePostgres start(Path binDir, Path dataDir, int port, boolean throwaway) {
        try {
            Files.createDirectories(dataDir);
            Path clusterDir = dataDir.resolve("cluster");
            Path passwordFile = dataDir.resolve("password");
            String password = readOrCreatePassword(passwordFile);
            MachinePostgres server = new MachinePostgres(binDir, clusterDir, port, password);
            if (Osuser.isRoot()) {
                Osuser.giveToPostgres(dataDir);
            }
            if (!Files.exists(clusterDir.resolve("PG_VERSION"))) {
                server.initdb(passwordFile);
            } else if (Files.exists(clusterDir.resolve("postmaster.pid"))) {
                // a server left running by a run that was killed outright
                server.close();
            }
            server.startServer(dataDir.resolve("postgres.log"), throwaway);
            Databases.ensureDatabase(server.adminUrl(), USER, password);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start Postgres in " + dataDir, e);
        }
    }

    @Override
    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + Databases.NAME;
    }

    @Override
    public String username() {
        return USER;
    }

    @Override
    public String password() {
        return password;
    }

    @Override
    public void close() {
        run(List.of(tool("pg_ctl"), "-D", clusterDir.toString(), "-m", "fast", "-w", "stop"), 60);
    }

    private String adminUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    private void initdb(Path passwordFile) {
        int exit =
                run(
                        List.of(
                                tool("initdb"),
                                "-D",
                                clusterDir.toString(),
                                "-U",
                                USER,
                                "--pwfile=" + passwordFile,
                                "--auth-local=trust",
                                "--auth-host=scram-sha-256",
                                "--encoding=UTF8",
                                "--locale=C.UTF-8"),
                        120);
        if (exit != 0) {
            throw new IllegalStateException("initdb failed for " + clusterDir);
        }
    }

    private void startServer(Path log, boolean throwaway) {
        StringBuilder options =
                new StringBuilder("-p ")
                        .append(port)
                        .append(" -c listen_addresses=127.0.0.1")
                        .append(" -c unix_socket_directories=''")
                        .append(" -c max_connections=300");
        if (throwaway) {
            options.append(" -c fsync=off -c synchronous_commit=off -c full_page_writes=off");
        }
        int exit =
                run(
                        List.of(
                                tool("pg_ctl"),
                                "-D",
                                clusterDir.toString(),
                                "-l",
                                log.toString(),
                                "-o",
                                options.toString(),
                                "-w",
                                "-t",
                                "90",
                                "start"),
                        120);
        if (exit != 0) {
            throw new IllegalStateException(
                    "Postgres did not start:\n" + ProcessLogs.tail(log, 30));
        }
    }

    private String tool(String name) {
        return binDir.resolve(name).toString();
    }

    private static int run(List<String> command, int timeoutSeconds) {
        List<String> full = new ArrayList<>();
        if (Osuser.isRoot()) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        try {
            Process process =
                    new ProcessBuilder(full)
                            .redirectErrorStream(true)
                            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                            .start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return -1;
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new UncheckedIOException("could not run " + command.getFirst(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static String readOrCreatePassword(Path file) throws IOException {
        if (Files.exists(file)) {
            return Files.readString(file).trim();
        }
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        String password = HexFormat.of().formatHex(bytes);
        Files.writeString(file, password);
        Osuser.restrictToOwner(file);
        return password;
    }

    private static boolean hasTools(Path dir) {
        return Files.isExecutable(dir.resolve("initdb"))
                && Files.isExecutable(dir.resolve("pg_ctl"));
    }

    private static int majorVersion(Path binDir) {
        try {
            return Integer.parseInt(binDir.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
