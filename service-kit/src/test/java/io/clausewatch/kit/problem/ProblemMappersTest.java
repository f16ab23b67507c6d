package io.clausewatch.kit.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class ProblemMappersTest {

    private final ProblemMappers mappers = new ProblemMappers();

    @Test
    void aDatabaseThatIsAwayIsAServiceUnavailableToRetry() {
        RuntimeException failure =
                new RuntimeException(
                        "could not execute statement",
                        new SQLException("This connection has been closed.", "08003"));

        Response response = mappers.unexpected(failure);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString("Retry-After"))
                .isEqualTo(String.valueOf(ProblemMappers.DATABASE_RETRY_AFTER_SECONDS));
        assertThat(response.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
        Problem problem = (Problem) response.getEntity();
        assertThat(problem.detail()).contains("database").doesNotContain("SQL");
    }

    @Test
    void anyOtherFailureIsAnInternalErrorWithoutItsClassName() {
        Response response = mappers.unexpected(new SQLException("duplicate key value", "23505"));

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getHeaderString("Retry-After")).isNull();
        Problem problem = (Problem) response.getEntity();
        assertThat(problem.detail()).doesNotContain("SQLException").doesNotContain("duplicate");
    }
}
