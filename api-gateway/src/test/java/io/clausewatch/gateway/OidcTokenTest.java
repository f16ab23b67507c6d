package io.clausewatch.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.clausewatch.testkit.quarkus.ClausewatchInfraResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * OIDC bearer tokens switched on: tokens signed here with a freshly generated RSA key, whose public
 * half the gateway is configured with (no OIDC server). Expired, wrongly signed and foreign-issuer
 * tokens are 401 problems; the {@code roles} claim maps to the roles; the subject owns
 * subscriptions, isolated from another subject's; API keys keep working.
 */
@QuarkusTest
@TestProfile(OidcTokenTest.OidcOn.class)
@WithTestResource(ClausewatchInfraResource.class)
@WithTestResource(FakeBackends.class)
class OidcTokenTest {

    private static final String PROBLEM = "application/problem+json";
    static final String ISSUER = "https://login.example.test/clausewatch";

    /**
     * The profile and the test run in different class loaders; the key pair travels between them as
     * system properties.
     */
    private static final String PRIVATE = "clausewatch.test.oidc.private";

    private static final String PUBLIC = "clausewatch.test.oidc.public";

    public static class OidcOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            if (System.getProperty(PUBLIC) == null) {
                KeyPair pair = rsa();
                System.setProperty(PRIVATE, encode(pair.getPrivate().getEncoded()));
                System.setProperty(PUBLIC, encode(pair.getPublic().getEncoded()));
            }
            return Map.of(
                    "quarkus.oidc.tenant-enabled",
                    "true",
                    "quarkus.oidc.public-key",
                    System.getProperty(PUBLIC),
                    "quarkus.oidc.token.issuer",
                    ISSUER,
                    "quarkus.oidc.roles.role-claim-path",
                    "roles");
        }
    }

    @Test
    void tokenWithARoleIsAcceptedAndNamesItsSubject() {
        given().auth()
                .oauth2(token("reader-1", List.of("reader"), ISSUER, 300, signingKey()))
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("id", equalTo("oidc:reader-1"))
                .body("role", equalTo("reader"));
        // The highest of several roles counts; unknown values are ignored.
        given().auth()
                .oauth2(
                        token(
                                "admin-1",
                                List.of("staff", "reader", "admin"),
                                ISSUER,
                                300,
                                signingKey()))
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("role", equalTo("admin"));
    }

    @Test
    void roleBoundsWhatATokenMayDo() {
        String reader = token("reader-2", List.of("reader"), ISSUER, 300, signingKey());
        given().auth().oauth2(reader).get("/api/v1/changes").then().statusCode(200);
        given().auth()
                .oauth2(reader)
                .contentType(ContentType.JSON)
                .body("{\"url\":\"https://hooks.example.com/r\"}")
                .post("/api/v1/subscriptions")
                .then()
                .statusCode(403)
                .contentType(PROBLEM)
                .body("detail", containsString("subscriber"));
        given().auth()
                .oauth2(token("nobody", List.of("staff"), ISSUER, 300, signingKey()))
                .get("/api/v1/changes")
                .then()
                .statusCode(403)
                .contentType(PROBLEM)
                .body("detail", containsString("none of the roles"));
        given().auth()
                .oauth2(token("sub-x", List.of("subscriber"), ISSUER, 300, signingKey()))
                .get("/api/v1/keys")
                .then()
                .statusCode(403)
                .contentType(PROBLEM);
    }

    @Test
    void expiredForeignAndForgedTokensAreUnauthorized() {
        String expired = token("late", List.of("admin"), ISSUER, -120, signingKey());
        String foreign =
                token("elsewhere", List.of("admin"), "https://other.example/", 300, signingKey());
        String forged = token("forger", List.of("admin"), ISSUER, 300, rsa().getPrivate());
        String[] parts = token("tamper", List.of("reader"), ISSUER, 300, signingKey()).split("\\.");
        String tampered =
                parts[0]
                        + "."
                        + Base64.getUrlEncoder()
                                .withoutPadding()
                                .encodeToString(
                                        ("{\"iss\":\""
                                                        + ISSUER
                                                        + "\",\"sub\":\"tamper\",\"roles\":[\"admin\"],"
                                                        + "\"exp\":"
                                                        + (Instant.now().getEpochSecond() + 300)
                                                        + "}")
                                                .getBytes())
                        + "."
                        + parts[2];
        for (String bad : List.of(expired, foreign, forged, tampered, "a.b.c")) {
            given().auth()
                    .oauth2(bad)
                    .get("/api/v1/me")
                    .then()
                    .statusCode(401)
                    .contentType(PROBLEM)
                    .header("WWW-Authenticate", containsString("Bearer"))
                    .body("detail", containsString("OIDC access token"));
        }
    }

    @Test
    void eachSubjectOwnsItsSubscriptionsLikeAKey() {
        String alice = token("alice@example.com", List.of("subscriber"), ISSUER, 300, signingKey());
        String bob = token("bob@example.com", List.of("subscriber"), ISSUER, 300, signingKey());
        String id =
                given().auth()
                        .oauth2(alice)
                        .contentType(ContentType.JSON)
                        .body(
                                "{\"url\":\"https://hooks.example.com/alice\","
                                        + "\"owner\":\"oidc:bob@example.com\"}")
                        .post("/api/v1/subscriptions")
                        .then()
                        .statusCode(201)
                        .body("owner", equalTo("oidc:alice@example.com"))
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
                .get("/api/v1/subscriptions")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(id)));
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
        // An admin token sees it, and can list by the token subject's owner id.
        given().auth()
                .oauth2(token("root", List.of("admin"), ISSUER, 300, signingKey()))
                .get("/api/v1/subscriptions?owner=oidc:alice@example.com")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));
    }

    @Test
    void apiKeysKeepWorkingBesideTokens() {
        given().auth()
                .oauth2(TestKeys.ADMIN)
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("id", equalTo("key_bootstrap_admin"));
        String[] reader = TestKeys.issue("beside tokens", "reader");
        given().auth()
                .oauth2(reader[1])
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("role", equalTo("reader"));
        given().auth().oauth2("cw_not_a_key").get("/api/v1/me").then().statusCode(401);
    }

    static String token(
            String subject, List<String> roles, String issuer, long lifeSeconds, PrivateKey key) {
        Instant now = Instant.now();
        return Jwt.issuer(issuer)
                .subject(subject)
                .claim("roles", roles)
                .issuedAt(now.minusSeconds(600))
                .expiresAt(now.plusSeconds(lifeSeconds))
                .sign(key);
    }

    private static PrivateKey signingKey() {
        try {
            return KeyFactory.getInstance("RSA")
                    .generatePrivate(
                            new PKCS8EncodedKeySpec(
                                    Base64.getDecoder().decode(System.getProperty(PRIVATE))));
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException(e);
        }
    }

    static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(byte[] der) {
        return Base64.getEncoder().encodeToString(der);
    }
}
