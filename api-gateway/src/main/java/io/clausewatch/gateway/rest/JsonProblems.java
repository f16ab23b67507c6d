package io.clausewatch.gateway.rest;

import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.clausewatch.kit.problem.Problem;
import io.clausewatch.kit.problem.ProblemMappers;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Problems that name what the strict reading of a request body refused (see {@code StrictJson}): an
 * unknown field, a key given twice, content after the value. Other JSON errors keep the shared
 * mappers of service-kit. Jackson's own messages are not relayed: they name Java types.
 */
public class JsonProblems {

    private static final ProblemMappers SHARED = new ProblemMappers();

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']{0,100})'");

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e) {
        String field = path(e);
        return Problem.validation(
                        List.of(
                                new Problem.FieldError(
                                        field,
                                        "is not a field of this request; known fields: "
                                                + String.join(", ", known(e)))))
                .toResponse();
    }

    /**
     * Quarkus wraps what the JSON parser refuses (syntax, a key given twice) in a 400 {@link
     * WebApplicationException}; its cause says what was wrong. Other web exceptions keep the shared
     * mapping.
     */
    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response unparsable(WebApplicationException e) {
        if (e.getCause() instanceof StreamReadException parse) {
            return Problem.of(Response.Status.BAD_REQUEST, describe(parse)).toResponse();
        }
        return SHARED.web(e);
    }

    static String describe(StreamReadException e) {
        String original = String.valueOf(e.getOriginalMessage());
        Matcher duplicate = DUPLICATE.matcher(original);
        if (duplicate.find()) {
            return "The request body gives the field '"
                    + duplicate.group(1)
                    + "' more than once"
                    + where(e)
                    + ".";
        }
        // The parser's own words name the token at fault; they carry no Java types. Only the
        // first line, printable and bounded, goes back.
        String reason = original.lines().findFirst().orElse("").replaceAll("\\p{Cntrl}", "?");
        if (reason.length() > 160) {
            reason = reason.substring(0, 157) + "...";
        }
        return "The request body is not valid JSON" + where(e) + ": " + reason;
    }

    /** Content after the JSON value, or a value of the wrong shape. */
    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response mismatched(MismatchedInputException e) {
        if (String.valueOf(e.getOriginalMessage()).startsWith("Trailing token")) {
            return Problem.of(
                            Response.Status.BAD_REQUEST,
                            "The request body has content after its JSON value" + where(e) + ".")
                    .toResponse();
        }
        String field = path(e);
        String detail =
                field.isEmpty()
                        ? "The request body does not have the expected JSON shape."
                        : "The request body has a value of the wrong type at " + field + ".";
        return Problem.of(Response.Status.BAD_REQUEST, detail).toResponse();
    }

    private static List<String> known(UnrecognizedPropertyException e) {
        if (e.getKnownPropertyIds() == null) {
            return List.of();
        }
        return e.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
                .orElse("");
    }

    private static String where(com.fasterxml.jackson.core.JsonProcessingException e) {
        return e.getLocation() == null
                ? ""
                : " at line "
                        + e.getLocation().getLineNr()
                        + ", column "
                        + e.getLocation().getColumnNr();
    }
}
