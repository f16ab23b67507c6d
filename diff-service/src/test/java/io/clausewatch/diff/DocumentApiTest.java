package io.clausewatch.diff;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.clausewatch.testkit.quarkus.ClausewatchInfraResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The document API over versions imported through POST, the same path snapshots take. */
@QuarkusTest
@WithTestResource(ClausewatchInfraResource.class)
class DocumentApiTest {

    private static final String V1 =
            "# Terms\n\nLast updated: January 1, 2024\n\n## Disputes\n\n"
                    + "Disputes are resolved by binding arbitration in Delaware.\n\n"
                    + "## Data\n\nWe keep chat logs for 30 days.\n";
    private static final String V2 = V1.replace("30 days", "90 days");

    private final String platform = "docs-" + UUID.randomUUID().toString().substring(0, 8);
    private final String base = "/documents/" + platform + "/terms-of-service";

    @BeforeEach
    void importTwoVersions() {
        importVersion(V1, "2024-01-02T00:00:00Z").statusCode(201);
        importVersion(V2, "2024-06-01T00:00:00Z").statusCode(201);
    }

    @Test
    void importIsIdempotentAndRefusesOlderTexts() {
        importVersion(V2, "2024-06-01T00:00:00Z")
                .statusCode(200)
                .body("status", equalTo("duplicate"));
        importVersion("# Older\n", "2023-01-01T00:00:00Z").statusCode(409);
        importVersion("# Older\n", "2023-01-01T00:00:00Z").statusCode(409); // still stale
        given().contentType(ContentType.JSON)
                .body(Map.of("capturedAt", "2024-01-01T00:00:00Z"))
                .post(base + "/versions")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("text"));
        given().get("/changes?document=" + platform + "/terms-of-service")
                .then()
                .body("items", hasSize(2))
                .body("items[0].historical", equalTo(true));
    }

    @Test
    void versionsAreListedAndServedAsJsonAndMarkdownWithStrongEtags() {
        given().get(base + "/versions?limit=1")
                .then()
                .statusCode(200)
                .body("items[0].number", equalTo(1))
                .body("items[0].statedUpdated", equalTo("2024-01-01"))
                .body("next", notNullValue());
        String etag =
                given().accept("text/markdown")
                        .get(base + "/versions/2")
                        .then()
                        .statusCode(200)
                        .body(equalTo(V2))
                        .extract()
                        .header("ETag");
        given().accept("text/markdown")
                .header("If-None-Match", etag)
                .get(base + "/versions/2")
                .then()
                .statusCode(304);
        given().get(base + "/versions/2").then().statusCode(200).body("text", equalTo(V2));
        given().get(base + "/versions/9")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().get(base + "/versions/zero")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("n"));
    }

    @Test
    void asOfGivesTheTextInForceOnADate() {
        given().get(base + "/as-of?date=2024-03-01")
                .then()
                .statusCode(200)
                .body("number", equalTo(1));
        given().get(base + "/as-of?date=2024-06-01")
                .then()
                .statusCode(200)
                .body("number", equalTo(2));
        given().get(base + "/as-of?date=2020-01-01").then().statusCode(404);
        given().get(base + "/as-of?date=yesterday")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("date"));
    }

    @Test
    void diffComesAsJsonUnifiedAndHtml() {
        given().get(base + "/diff?from=1&to=2")
                .then()
                .statusCode(200)
                .body("significance", equalTo("substantive"))
                .body(
                        "provisions[0].wordDiff",
                        equalTo("We keep chat logs for [-30-]{+90+} days."));
        given().get(base + "/diff?from=1&to=2&format=unified")
                .then()
                .statusCode(200)
                .body(
                        containsString(
                                "-We keep chat logs for 30 days.\n+We keep chat logs for 90 days."));
        given().get(base + "/diff?from=1&to=2&format=html")
                .then()
                .statusCode(200)
                .body(containsString("<del>30</del>"))
                .body(containsString("<ins>90</ins>"));
        given().get(base + "/diff?from=1&to=2&format=pdf")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("format"));
    }

    @Test
    void chainVerifies() {
        given().get(base + "/verify")
                .then()
                .statusCode(200)
                .body("valid", equalTo(true))
                .body("versions", equalTo(2))
                .body("firstBroken", nullValue());
        given().get("/documents/" + platform + "/nothing/verify").then().statusCode(404);
    }

    @Test
    void provisionHistoryTopicsAndSearch() {
        String id =
                given().get(base + "/diff?from=1&to=2")
                        .then()
                        .extract()
                        .path("provisions[0].provisionId");
        given().get("/provisions/" + id + "/history")
                .then()
                .statusCode(200)
                .body(
                        "history.text",
                        equalTo(
                                java.util.List.of(
                                        "We keep chat logs for 30 days.",
                                        "We keep chat logs for 90 days.")));
        given().get("/provisions/nope/history").then().statusCode(404);

        given().get("/topics").then().statusCode(200).body("items.id", hasItem("arbitration"));
        given().get("/topics/arbitration")
                .then()
                .statusCode(200)
                .body("provisions.documentId", hasItem(platform + "/terms-of-service"));
        given().get("/topics/not-a-topic").then().statusCode(404);

        given().get("/search?q=arbitration delaware")
                .then()
                .statusCode(200)
                .body("items.provisionId", hasItem(notNullValue()))
                .body("items[0].highlight", containsString("<mark>"));
        given().get("/search").then().statusCode(400).body("errors[0].field", equalTo("q"));
        given().urlEncodingEnabled(false)
                .get("/search?q=a%00b")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("q"))
                .body("errors[0].message", containsString("control characters"));
        given().get("/search?q=" + "q".repeat(1001))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("q"));
    }

    private io.restassured.response.ValidatableResponse importVersion(
            String text, String capturedAt) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("text", text, "capturedAt", capturedAt, "historical", true))
                .post(base + "/versions")
                .then();
    }
}
