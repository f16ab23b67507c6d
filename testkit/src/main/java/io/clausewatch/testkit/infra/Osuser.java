package io.clausewatch.testkit.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

/** The operating-system user the kit runs as, and handing files to the postgres user. */
final class Osuser {

    private Osuser() {}

    static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /**
     * Gives a directory to the postgres user and checks that the user can reach it: a data
     * directory under a home that only root may enter cannot hold a Postgres cluster.
     */
    static void giveToPostgres(Path dir) {
        run("chown", "-R", "postgres:", dir.toString());
        Path probe = dir.toAbsolutePath();
        int exit = run("runuser", "-u", "postgres", "--", "test", "-w", probe.toString());
        if (exit != 0) {
            throw new IllegalStateException(
                    "the postgres user cannot write to "
                            + probe
                            + " (a parent directory is closed to it); choose a data directory"
                            + " outside root's home, for example --data-dir /var/lib/clausewatch");
        }
    }

    static void restrictToOwner(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: nothing to restrict
        }
    }

    private static int run(String... command) {
        try {
            Process process =
                    new ProcessBuilder(command)
                            .redirectErrorStream(true)
                            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                            .start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return -1;
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new UncheckedIOException("could not run " + command[0], e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
