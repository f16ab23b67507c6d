package io.clausewatch.gateway;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;

/** The bootstrap admin key of the tests, and a way to issue more keys through the API. */
final class TestKeys {

    static final String ADMIN = "cw_test_admin_key_0123456789abcdef";

    private TestKeys() {}

    /** Issues a key with a role; returns {id, key}. */
    static String[] issue(String name, String role) {
        var body =
                given().auth()
                        .oauth2(ADMIN)
                        .contentType(ContentType.JSON)
                        .body("{\"name\":\"" + name + "\",\"role\":\"" + role + "\"}")
                        .post("/api/v1/keys")
                        .then()
                        .statusCode(201)
                        .extract()
                        .jsonPath();
        return new String[] {body.getString("id"), body.getString("key")};
    }
}
