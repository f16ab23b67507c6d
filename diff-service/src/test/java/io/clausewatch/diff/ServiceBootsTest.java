package io.clausewatch.diff;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.clausewatch.testkit.quarkus.ClausewatchInfraResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(ClausewatchInfraResource.class)
class ServiceBootsTest {

    @Test
    void readinessIncludesDatabaseAndKafka() {
        given().when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body(containsString("Database connections health check"));
    }
}
