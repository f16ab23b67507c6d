package io.clausewatch.gateway.backend;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * An internal service's answer, read whole: its status, media type and body. Its other headers (a
 * Location, for one) name internal addresses and stay behind.
 */
public record Reply(int status, String contentType, byte[] body) {

    static Reply read(Response response) {
        try (response) {
            byte[] body = response.hasEntity() ? response.readEntity(byte[].class) : new byte[0];
            return new Reply(
                    response.getStatus(), response.getHeaderString(HttpHeaders.CONTENT_TYPE), body);
        }
    }

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    /** The answer as it goes to the client. */
    public Response toResponse() {
        Response.ResponseBuilder builder = Response.status(status);
        if (body.length > 0) {
            builder.entity(body).type(contentType == null ? "application/json" : contentType);
        }
        return builder.build();
    }
}
