package io.clausewatch.kit.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.clausewatch.kit.store.StoreErrors;
import io.quarkus.logging.Log;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every exception that reaches the REST layer into a problem response. */
public class ProblemMappers {

    /** What a client is asked to wait when the database is away: a restart takes seconds. */
    static final int DATABASE_RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return e.problem().toResponse();
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e) {
        List<Problem.FieldError> errors =
                e.getConstraintViolations().stream()
                        .map(ProblemMappers::fieldError)
                        .sorted(Comparator.comparing(Problem.FieldError::field))
                        .toList();
        return Problem.validation(errors).toResponse();
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        String where =
                e.getLocation() == null
                        ? ""
                        : " at line "
                                + e.getLocation().getLineNr()
                                + ", column "
                                + e.getLocation().getColumnNr();
        return Problem.of(
                        Response.Status.BAD_REQUEST,
                        "The request body is not valid JSON" + where + ".")
                .toResponse();
    }

    /**
     * JSON of the wrong shape (an array where an object belongs, a string for a list). Named apart
     * from {@link #unreadableJson} because Quarkus maps this type itself, with an empty body,
     * unless an application mapper claims it.
     */
    @ServerExceptionMapper
    public Response wrongShape(MismatchedInputException e) {
        String field =
                e.getPath().stream()
                        .map(
                                r ->
                                        r.getFieldName() != null
                                                ? r.getFieldName()
                                                : "[" + r.getIndex() + "]")
                        .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
                        .orElse("");
        String detail =
                field.isEmpty()
                        ? "The request body does not have the expected JSON shape."
                        : "The request body has a value of the wrong type at " + field + ".";
        return Problem.of(Response.Status.BAD_REQUEST, detail).toResponse();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        Response.Status known = Response.Status.fromStatusCode(status.getStatusCode());
        String detail = detailFor(status.getStatusCode());
        Problem problem =
                known == null
                        ? new Problem(
                                null,
                                status.getReasonPhrase(),
                                status.getStatusCode(),
                                detail,
                                null,
                                null)
                        : Problem.of(known, detail);
        Response.ResponseBuilder builder = Response.status(status.getStatusCode());
        e.getResponse()
                .getHeaders()
                .forEach(
                        (name, values) -> {
                            if (!name.equalsIgnoreCase("Content-Type")) {
                                values.forEach(value -> builder.header(name, value));
                            }
                        });
        return builder.type(Problem.PROBLEM_JSON).entity(problem).build();
    }

    /**
     * Everything else is a 500 and logged with its stack, except a database that is away
     * (restarting, unreachable, out of connections): that is a 503 the client may retry, and a
     * warning without the stack, since the outage is logged by every request it fails.
     */
    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e) {
        if (StoreErrors.isOutage(e)) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            // the root cause names the connection failure; outer messages may quote SQL
            Log.warnf(
                    "request failed: the database is not reachable (%s: %s)",
                    root.getClass().getName(), root.getMessage());
            return Response.fromResponse(
                            Problem.of(
                                            Response.Status.SERVICE_UNAVAILABLE,
                                            "The database is not reachable at the moment; try"
                                                    + " again in a few seconds.")
                                    .toResponse())
                    .header("Retry-After", DATABASE_RETRY_AFTER_SECONDS)
                    .build();
        }
        Log.error("request failed unexpectedly", e);
        return Problem.of(
                        Response.Status.INTERNAL_SERVER_ERROR,
                        "The server could not complete the request. It has been logged.")
                .toResponse();
    }

    private static Problem.FieldError fieldError(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        // Resource method parameters come as "method.arg0.field": keep the part a client sent.
        String[] parts = path.split("\\.", 3);
        String field = parts.length == 3 ? parts[2] : parts[parts.length - 1];
        return new Problem.FieldError(field, violation.getMessage());
    }

    private static String detailFor(int status) {
        return switch (status) {
            case 404 -> "No resource at this path.";
            case 405 -> "This method is not allowed on this resource.";
            case 406 -> "None of the accepted media types can be produced.";
            case 415 -> "This media type is not accepted here; send application/json.";
            case 413 -> "The request body is too large.";
            default -> "The request could not be completed.";
        };
    }
}
