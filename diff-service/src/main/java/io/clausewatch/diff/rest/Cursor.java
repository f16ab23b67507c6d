package io.clausewatch.diff.rest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * The position after the last item of a page, newest-first by capture time then id. Clients treat
 * it as opaque; it is base64url text so that it can travel in a query string.
 */
record Cursor(Instant capturedAt, String id) {

    String encode() {
        String raw = capturedAt.toString() + "|" + id;
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static Cursor decode(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8);
            int bar = raw.indexOf('|');
            return new Cursor(Instant.parse(raw.substring(0, bar)), raw.substring(bar + 1));
        } catch (RuntimeException e) {
            throw Params.invalid("cursor", "is not a cursor returned by this API");
        }
    }
}
