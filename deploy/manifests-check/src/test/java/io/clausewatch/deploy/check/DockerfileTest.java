package io.clausewatch.deploy.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

class DockerfileTest {

    private static String dockerfile() throws IOException {
        return Files.readString(Workspace.deploy().resolve("docker/Dockerfile.jvm"));
    }

    @Test
    void imageRunsTheFastJarAsAnUnprivilegedUser() throws IOException {
        String dockerfile = dockerfile();
        List<String> users = dockerfile.lines().filter(l -> l.startsWith("USER ")).toList();

        assertThat(users).hasSize(1);
        assertThat(users.getFirst()).matches("USER [1-9][0-9]*(:[0-9]+)?");
        assertThat(dockerfile)
                .contains(
                        "/target/quarkus-app/lib/",
                        "/target/quarkus-app/app/",
                        "/target/quarkus-app/quarkus/",
                        "/target/quarkus-app/*.jar",
                        "\"/deployments/quarkus-run.jar\"");
        assertThat(dockerfile.indexOf("quarkus-app/lib/"))
                .as("libraries are the lowest layer")
                .isLessThan(dockerfile.indexOf("quarkus-app/app/"));
    }

    @Test
    void heapFollowsTheContainerLimitAndScratchFilesGoToTmp() throws IOException {
        String dockerfile = dockerfile();

        assertThat(dockerfile)
                .contains("-XX:MaxRAMPercentage=", "-Djava.io.tmpdir=/tmp")
                .doesNotContain("-Xmx");
    }

    @Test
    void everyServiceUsesTheUidTheManifestsRunAs() throws IOException {
        String uid =
                dockerfile()
                        .lines()
                        .filter(l -> l.startsWith("USER "))
                        .findFirst()
                        .orElseThrow()
                        .substring(5)
                        .split(":")[0];

        for (String overlay : Workspace.OVERLAYS) {
            assertThat(Manifests.of(overlay).ofKind("Deployment"))
                    .allSatisfy(
                            d ->
                                    assertThat(
                                                    Manifests.podSpec(d)
                                                            .path("securityContext")
                                                            .path("runAsUser")
                                                            .asText())
                                            .as(Manifests.describe(d))
                                            .isEqualTo(uid));
        }
    }
}
