package io.clausewatch.deploy.check;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Where the repository, this module and the deployment files are. */
final class Workspace {

    /** The four services, by module directory, which is also their Deployment name. */
    static final List<String> SERVICES =
            List.of("crawler-service", "diff-service", "alert-service", "api-gateway");

    static final List<String> OVERLAYS = List.of("dev", "prod");

    private Workspace() {}

    static Path module() {
        String configured = System.getProperty("manifests.check.dir");
        Path dir = configured != null ? Path.of(configured) : Path.of("").toAbsolutePath();
        return dir.toAbsolutePath().normalize();
    }

    static Path root() {
        String configured = System.getProperty("clausewatch.home");
        Path root =
                configured != null && Files.isDirectory(Path.of(configured, "deploy"))
                        ? Path.of(configured)
                        : module().resolve("../..");
        return root.toAbsolutePath().normalize();
    }

    static Path deploy() {
        return root().resolve("deploy");
    }

    static Path overlay(String name) {
        return deploy().resolve("kubernetes/overlays").resolve(name);
    }

    static Path applicationProperties(String service) {
        return root().resolve(service).resolve("src/main/resources/application.properties");
    }

    static Path target() {
        return module().resolve("target");
    }
}
