package io.clausewatch.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.clausewatch.gateway.auth.KeyStore;
import io.clausewatch.gateway.auth.Role;
import io.clausewatch.testkit.quarkus.ClausewatchInfraResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(ClausewatchInfraResource.class)
@WithTestResource(FakeBackends.class)
class ApiTest {

    private static final String PROBLEM = "application/problem+json";

    /** The management interface: health and metrics, on a port of their own. */
    @TestHTTPResource(value = "/", management = true)
    java.net.URL managementRoot;

    String management;

    @org.junit.jupiter.api.BeforeEach
    void managementBase() {
        // The resource URL carries the management root path (/q); keep scheme, host and port.
        management =
                managementRoot.getProtocol()
                        + "://"
                        + managementRoot.getHost()
                        + ":"
                        + managementRoot.getPort();
    }

    @Test
    void internalsAreNotOnThePublicPort() {
        given().get("/q/metrics").then().statusCode(404).contentType(PROBLEM);
        given().get("/q/health/ready").then().statusCode(404).contentType(PROBLEM);
        given().get("/q/health").then().statusCode(404);
        given().get("/q/dev-ui").then().statusCode(404);
        given().get(management + "/q/health/live").then().statusCode(200);
        // The API's own description stays public.
        given().get("/q/openapi").then().statusCode(200);
    }

    @Test
    void requestWithoutKeyIsUnauthorized() {
        given().get("/api/v1/changes")
                .then()
                .statusCode(401)
                .contentType(PROBLEM)
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("status", equalTo(401));
        given().auth().oauth2("cw_not_a_key").get("/api/v1/changes").then().statusCode(401);
        // OIDC is off here: a signed token is not even read.
        given().auth()
                .oauth2(
                        OidcTokenTest.token(
                                "someone",
                                java.util.List.of("admin"),
                                OidcTokenTest.ISSUER,
                                300,
                                OidcTokenTest.rsa().getPrivate()))
                .get("/api/v1/changes")
                .then()
                .statusCode(401)
                .contentType(PROBLEM)
                .body(
                        "detail",
                        equalTo("A valid API key is required: send Authorization: Bearer <key>."));
    }

    @Test
    void revokedKeyIsUnauthorized() {
        String[] reader = TestKeys.issue("soon revoked", "reader");
        given().auth().oauth2(reader[1]).get("/api/v1/changes").then().statusCode(200);

        given().auth()
                .oauth2(TestKeys.ADMIN)
                .delete("/api/v1/keys/" + reader[0])
                .then()
                .statusCode(200);

        given().auth()
                .oauth2(reader[1])
                .get("/api/v1/changes")
                .then()
                .statusCode(401)
                .contentType(PROBLEM);
    }

    @Test
    void keysAreShownOnceAndStoredHashed() {
        String[] reader = TestKeys.issue("listed", "reader");

        given().auth()
                .oauth2(TestKeys.ADMIN)
                .get("/api/v1/keys")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(reader[0]))
                .body("items.key", hasItem(nullValue()))
                .body("next", nullValue())
                .body(org.hamcrest.Matchers.not(containsString(reader[1])));
    }

    @Test
    void rolesBoundWhatAKeyMayDo() {
        String[] reader = TestKeys.issue("reader", "reader");
        given().auth()
                .oauth2(reader[1])
                .contentType(ContentType.JSON)
                .body("{\"url\":\"https://hooks.example.com/x\"}")
                .post("/api/v1/subscriptions")
                .then()
                .statusCode(403)
                .contentType(PROBLEM);
        given().auth()
                .oauth2(reader[1])
                .contentType(ContentType.JSON)
                .body("{\"name\":\"x\",\"role\":\"admin\"}")
                .post("/api/v1/keys")
                .then()
                .statusCode(403);
    }

    @Test
    void changesAreListedFromDiffServiceWithFilters() {
        given().auth()
                .oauth2(TestKeys.ADMIN)
                .get("/api/v1/changes?platform=zoom&significance=substantive&limit=50")
                .then()
                .statusCode(200)
                .header("RateLimit-Limit", notNullValue())
                .header("RateLimit-Remaining", notNullValue())
                .body("items", hasSize(2))
                .body("items[0].documentId", equalTo("zoom/privacy-policy"))
                .body("items[0].summary.provisions[0].wordDiff", containsString("{+may+}"))
                .body("next", nullValue());

        assertThat(FakeBackends.lastChangesQuery)
                .contains("platform=zoom")
                .contains("significance=substantive")
                .contains("limit=50");
    }

    @Test
    void invalidFiltersNameTheirFields() {
        given().auth()
                .oauth2(TestKeys.ADMIN)
                .get("/api/v1/changes?limit=0&significance=huge")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("limit"))
                .body("errors.field", hasItem("significance"));
    }

    @Test
    void unknownChangePassesTheProblemThrough() {
        given().auth()
                .oauth2(TestKeys.ADMIN)
                .get("/api/v1/changes/no-such-change")
                .then()
                .statusCode(404)
                .contentType(PROBLEM)
                .body("detail", containsString("no-such-change"));
    }

    @Test
    void adminCreatesSubscriptionAndSeesItsSecretOnce() {
        given().auth()
                .oauth2(TestKeys.ADMIN)
                .contentType(ContentType.JSON)
                .body(
                        "{\"url\":\"https://hooks.example.com/a\",\"description\":\"legal\","
                                + "\"filters\":{\"platforms\":[\"zoom\"]},\"owner\":\"someone-else\"}")
                .post("/api/v1/subscriptions")
                .then()
                .statusCode(201)
                .body("id", notNullValue())
                .body("secret", notNullValue())
                .body("owner", equalTo("key_bootstrap_admin"))
                .body("filters.platforms[0]", equalTo("zoom"));
    }

    @Test
    void subscriptionWithoutUrlNamesTheField() {
        given().auth()
                .oauth2(TestKeys.ADMIN)
                .contentType(ContentType.JSON)
                .body("{\"description\":\"no url\"}")
                .post("/api/v1/subscriptions")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem(containsString("url")));
    }

    @Test
    void oneSubscriberCannotReadOrChangeAnothersSubscription() {
        String alice = TestKeys.issue("alice", "subscriber")[1];
        String bob = TestKeys.issue("bob", "subscriber")[1];
        String id =
                given().auth()
                        .oauth2(alice)
                        .contentType(ContentType.JSON)
                        .body("{\"url\":\"https://hooks.example.com/alice\"}")
                        .post("/api/v1/subscriptions")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");

        given().auth().oauth2(bob).get("/api/v1/subscriptions/" + id).then().statusCode(404);
        given().auth()
                .oauth2(bob)
                .contentType(ContentType.JSON)
                .body("{\"description\":\"taken over\"}")
                .patch("/api/v1/subscriptions/" + id)
                .then()
                .statusCode(404)
                .contentType(PROBLEM);
        given().auth().oauth2(bob).delete("/api/v1/subscriptions/" + id).then().statusCode(404);
        given().auth()
                .oauth2(bob)
                .post("/api/v1/subscriptions/" + id + "/rotate-secret")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(bob)
                .get("/api/v1/subscriptions")
                .then()
                .statusCode(200)
                .body("items.id", org.hamcrest.Matchers.not(hasItem(id)));

        assertThat(FakeBackends.SUBSCRIPTIONS.get(id).path("description").asText())
                .isNotEqualTo("taken over");
        given().auth()
                .oauth2(alice)
                .get("/api/v1/subscriptions")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));
        given().auth()
                .oauth2(alice)
                .contentType(ContentType.JSON)
                .body("{\"description\":\"mine\"}")
                .patch("/api/v1/subscriptions/" + id)
                .then()
                .statusCode(200)
                .body("description", equalTo("mine"));
        given().auth()
                .oauth2(TestKeys.ADMIN)
                .get("/api/v1/subscriptions/" + id)
                .then()
                .statusCode(200);
    }

    @Test
    void malformedChangesToASubscriptionAreRefusedByName() {
        String alice = TestKeys.issue("strict alice", "subscriber")[1];
        String id =
                given().auth()
                        .oauth2(alice)
                        .contentType(ContentType.JSON)
                        .body("{\"url\":\"https://hooks.example.com/strict\"}")
                        .post("/api/v1/subscriptions")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
        String path = "/api/v1/subscriptions/" + id;

        patch(alice, path, "{\"description\":\"x\"}trailing")
                .statusCode(400)
                .contentType(PROBLEM)
                .body("detail", containsString("not valid JSON at line 1, column"))
                .body("detail", containsString("'trailing'"));
        patch(alice, path, "{\"description\":\"x\"} {\"description\":\"y\"}")
                .statusCode(400)
                .contentType(PROBLEM)
                .body("detail", containsString("content after its JSON value"));
        patch(alice, path, "{\"description\":\"x\",\"description\":\"y\"}")
                .statusCode(400)
                .contentType(PROBLEM)
                .body("detail", containsString("'description' more than once"));
        patch(alice, path, "{\"role\":\"superuser\",\"description\":\"x\"}")
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("role"))
                .body("errors[0].message", containsString("not a field"));
        patch(alice, path, "{\"filters\":{\"platform\":[\"zoom\"]}}")
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("filters.platform"));
        patch(alice, path, "{\"state\":\"deleted\"}")
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("state"));
        assertThat(FakeBackends.SUBSCRIPTIONS.get(id).path("description").isMissingNode())
                .as("nothing reached alert-service")
                .isTrue();

        // The same strictness on creation; an owner in the body is accepted and replaced.
        given().auth()
                .oauth2(alice)
                .contentType(ContentType.JSON)
                .body("{\"url\":\"https://hooks.example.com/s\",\"secret\":\"mine\"}")
                .post("/api/v1/subscriptions")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("secret"));

        patch(alice, path, "{\"description\":\"fine\",\"state\":\"paused\"}")
                .statusCode(200)
                .body("description", equalTo("fine"))
                .body("state", equalTo("paused"));
    }

    private static io.restassured.response.ValidatableResponse patch(
            String key, String path, String body) {
        return given().auth()
                .oauth2(key)
                .contentType(ContentType.JSON)
                .body(body)
                .patch(path)
                .then();
    }

    @Test
    void searchRefusesControlCharactersAndLongRequestsAreProblems() {
        given().auth()
                .oauth2(TestKeys.ADMIN)
                .urlEncodingEnabled(false)
                .get("/api/v1/search?q=%00")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("q"))
                .body("errors[0].message", containsString("control characters"));
        given().auth()
                .oauth2(TestKeys.ADMIN)
                .get("/api/v1/changes?document=" + "d".repeat(8_000))
                .then()
                .statusCode(414)
                .contentType(PROBLEM)
                .body("detail", containsString("4096"));
        given().auth()
                .oauth2(TestKeys.ADMIN)
                .header("X-Padding", "p".repeat(20_000))
                .get("/api/v1/me")
                .then()
                .statusCode(431)
                .contentType(PROBLEM)
                .body("status", equalTo(431));
    }

    @Test
    void unknownRoutesWrongMethodsAndMediaTypesAreProblems() {
        given().get("/no/such/page").then().statusCode(404).contentType(PROBLEM);
        given().auth()
                .oauth2(TestKeys.ADMIN)
                .get("/api/v1/nothing-here")
                .then()
                .statusCode(404)
                .contentType(PROBLEM);
        given().auth()
                .oauth2(TestKeys.ADMIN)
                .put("/api/v1/changes")
                .then()
                .statusCode(405)
                .contentType(PROBLEM);
        given().auth()
                .oauth2(TestKeys.ADMIN)
                .contentType(ContentType.XML)
                .body("<subscription/>")
                .post("/api/v1/subscriptions")
                .then()
                .statusCode(415)
                .contentType(PROBLEM);
    }

    @Test
    void oversizedBodyIsRefused() {
        given().auth()
                .oauth2(TestKeys.ADMIN)
                .contentType(ContentType.JSON)
                .body(
                        "{\"url\":\"https://x.example/\",\"description\":\""
                                + "x".repeat(100_000)
                                + "\"}")
                .post("/api/v1/subscriptions")
                .then()
                .statusCode(413)
                .contentType(PROBLEM);
    }

    @Test
    void backendThatIsDownGivesServiceUnavailable() {
        given().auth()
                .oauth2(TestKeys.ADMIN)
                .get("/api/v1/platforms")
                .then()
                .statusCode(503)
                .contentType(PROBLEM)
                .header("Retry-After", notNullValue())
                .body("detail", containsString("crawler"))
                .body(org.hamcrest.Matchers.not(containsString("Exception")));
    }

    @Test
    void readinessNamesTheBackendThatIsDown() {
        given().get(management + "/q/health/ready")
                .then()
                .statusCode(503)
                .body(containsString("\"crawler-service\": \"DOWN\""))
                .body(containsString("\"diff-service\": \"UP\""));
    }

    @Test
    void versionTextHasStrongEtagAndLongCache() {
        String etag =
                given().auth()
                        .oauth2(TestKeys.ADMIN)
                        .accept("text/markdown")
                        .get("/api/v1/documents/zoom/privacy-policy/versions/12")
                        .then()
                        .statusCode(200)
                        .contentType(containsString("text/markdown"))
                        .header("Cache-Control", containsString("max-age=31536000"))
                        .header("Cache-Control", containsString("immutable"))
                        .body(containsString("train AI models"))
                        .extract()
                        .header("ETag");
        assertThat(etag).startsWith("\"").doesNotStartWith("W/");

        given().auth()
                .oauth2(TestKeys.ADMIN)
                .accept("text/markdown")
                .header("If-None-Match", etag)
                .get("/api/v1/documents/zoom/privacy-policy/versions/12")
                .then()
                .statusCode(304);
    }

    @Test
    void atomFeedHasStableIdsAndAnswersNotModified() {
        var change = FakeBackends.changes().get(0);
        String lastModified =
                given().auth()
                        .oauth2(TestKeys.ADMIN)
                        .get("/api/v1/feeds/changes.atom?platform=zoom")
                        .then()
                        .statusCode(200)
                        .contentType(containsString("application/atom+xml"))
                        .body(
                                containsString(
                                        "<id>urn:clausewatch:change:"
                                                + change.changeId()
                                                + "</id>"))
                        .body(containsString("AI training: customer content may now be used"))
                        .extract()
                        .header("Last-Modified");
        assertThat(lastModified).isNotBlank();

        given().auth()
                .oauth2(TestKeys.ADMIN)
                .header("If-Modified-Since", lastModified)
                .get("/api/v1/feeds/changes.atom?platform=zoom")
                .then()
                .statusCode(304);
    }

    @Test
    void openApiDocumentsEveryRouteWithExamplesAndSwaggerUiIsServed() {
        String document =
                given().accept("application/json")
                        .get("/q/openapi")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        assertThat(document)
                .contains("/api/v1/changes", "/api/v1/subscriptions/{id}/rotate-secret")
                .contains("/api/v1/keys", "/api/v1/feeds/changes.atom", "/api/v1/topics/{topic}")
                .contains("/api/v1/documents/{platform}/{type}/versions/{n}")
                .contains("\"examples\"", "bearer");
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }

    @Test
    void repeatedFailuresOpenTheCircuitToABackend() {
        for (int i = 0; i < 25; i++) {
            given().auth().oauth2(TestKeys.ADMIN).get("/api/v1/platforms").then().statusCode(503);
        }
        String metrics =
                given().get(management + "/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics)
                .containsPattern(
                        "ft_circuitbreaker_opened_total\\{[^}]*CrawlerClient[^}]*platforms[^}]*\\} [1-9]");
    }

    @Test
    void whoAmIAnswersTheKeysIdAndRole() {
        String[] reader = TestKeys.issue("me", "reader");
        given().auth()
                .oauth2(reader[1])
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("id", equalTo(reader[0]))
                .body("role", equalTo("reader"));
    }

    @Inject KeyStore keyStore;

    @Test
    void keyStoredByAnotherReplicaIsAcceptedAfterTheNextReload() {
        String key = "cw_from_another_replica_" + System.nanoTime();
        keyStore.insert("elsewhere", Role.READER, key, java.time.Instant.now());

        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(10))
                .untilAsserted(
                        () -> given().auth().oauth2(key).get("/api/v1/me").then().statusCode(200));
    }

    @Test
    void slowBackendTimesOutAsServiceUnavailable() {
        long started = System.nanoTime();
        given().auth()
                .oauth2(TestKeys.ADMIN)
                .get("/api/v1/documents/slow/terms/verify")
                .then()
                .statusCode(503)
                .contentType(PROBLEM)
                .body("detail", containsString("diff"));
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - started))
                .isLessThan(java.time.Duration.ofSeconds(6));
    }

    @Test
    void emptyBucketAnswersTooManyRequestsWithRetryAfter() {
        String key = TestKeys.issue("greedy", "reader")[1];
        int limit =
                Integer.parseInt(
                        given().auth()
                                .oauth2(key)
                                .get("/api/v1/me")
                                .then()
                                .statusCode(200)
                                .extract()
                                .header("RateLimit-Limit"));

        // Tokens come back while the loop runs, so it goes on until the bucket is dry.
        io.restassured.response.Response last = null;
        for (int i = 0; i < limit * 3; i++) {
            last = given().auth().oauth2(key).get("/api/v1/me");
            if (last.statusCode() != 200) {
                break;
            }
        }

        last.then()
                .statusCode(429)
                .contentType(PROBLEM)
                .header("Retry-After", notNullValue())
                .header("RateLimit-Remaining", equalTo("0"));
        given().auth().oauth2(TestKeys.ADMIN).get("/api/v1/me").then().statusCode(200);
    }
}
