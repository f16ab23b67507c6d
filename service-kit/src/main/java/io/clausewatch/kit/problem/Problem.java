package io.clausewatch.kit.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** An RFC 9457 problem document. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);

    private static final String TYPE_BASE = "https://clausewatch.io/problems/";

    /** A problem whose type is named after its status, for example {@code not-found}. */
    public static Problem of(Response.Status status, String detail) {
        String slug = status.getReasonPhrase().toLowerCase().replaceAll("[^a-z0-9]+", "-");
        return new Problem(
                TYPE_BASE + slug,
                status.getReasonPhrase(),
                status.getStatusCode(),
                detail,
                null,
                null);
    }

    /** A 400 problem listing the request fields that failed validation. */
    public static Problem validation(List<FieldError> errors) {
        return new Problem(
                TYPE_BASE + "validation",
                "Invalid request",
                400,
                "The request has " + errors.size() + " invalid field(s).",
                null,
                List.copyOf(errors));
    }

    public Response toResponse() {
        return Response.status(status).type(PROBLEM_JSON).entity(this).build();
    }

    /** One invalid field: its path in the request and what is wrong with it. */
    public record FieldError(String field, String message) {}
}
