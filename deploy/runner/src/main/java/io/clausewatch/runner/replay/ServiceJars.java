package io.clausewatch.runner.replay;

import io.clausewatch.runner.ServiceName;
import io.clausewatch.runner.Stack;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A private copy of the services' packaged applications for one replay, made of hard links where
 * the file system allows (instant, no space) and copies otherwise. A replay runs for minutes; a
 * rebuild of a service meanwhile replaces its {@code target/quarkus-app}, which would pull the
 * classes from under the running service.
 */
final class ServiceJars {

    private static final String APP = "target/quarkus-app";

    private ServiceJars() {}

    /** Returns a home directory laid out like {@code home}, holding only the four applications. */
    static Path snapshot(Path home, Path into) {
        for (ServiceName name : ServiceName.values()) {
            Stack.jar(home, name);
            Path source = home.resolve(name.module()).resolve(APP);
            Path target = into.resolve(name.module()).resolve(APP);
            try (Stream<Path> files = Files.walk(source)) {
                for (Path file : files.toList()) {
                    place(file, target.resolve(source.relativize(file).toString()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(
                        "could not take a copy of " + source + " for the replay", e);
            }
        }
        return into;
    }

    private static void place(Path file, Path target) throws IOException {
        if (Files.isDirectory(file)) {
            Files.createDirectories(target);
            return;
        }
        if (Files.exists(target)) {
            return;
        }
        try {
            Files.createLink(target, file);
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(file, target);
        }
    }
}
