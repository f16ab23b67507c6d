package io.clausewatch.diff.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.clausewatch.diff.analysis.Significance;
import io.clausewatch.diff.domain.DocumentChange;
import io.clausewatch.events.EventJson;
import io.clausewatch.kit.problem.ProblemException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Changes across all documents, and one change in full. */
@Path("/changes")
@Produces(MediaType.APPLICATION_JSON)
public class ChangesResource {

    private final ChangeQuery query;
    private final ObjectMapper json;

    public ChangesResource(ChangeQuery query, ObjectMapper json) {
        this.query = query;
        this.json = json;
    }

    @GET
    @Transactional
    public Page<ListedChange> list(
            @QueryParam("platform") String platform,
            @QueryParam("document") String document,
            @QueryParam("type") String type,
            @QueryParam("topic") String topic,
            @QueryParam("regulation") String regulation,
            @QueryParam("significance") String significance,
            @QueryParam("since") String since,
            @QueryParam("until") String until,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        Significance least = null;
        if (significance != null && !significance.isBlank()) {
            least = Significance.parse(significance.strip());
            if (least == null) {
                throw Params.invalid("significance", "must be cosmetic, minor or substantive");
            }
        }
        ChangeQuery.Filter filter =
                new ChangeQuery.Filter(
                        blankToNull(platform),
                        blankToNull(document),
                        blankToNull(type),
                        blankToNull(topic),
                        blankToNull(regulation),
                        least,
                        Params.instant("since", since),
                        Params.instant("until", until));
        return query.find(filter, Cursor.decode(cursor), Params.limit(limit));
    }

    @GET
    @Path("/{changeId}")
    @Transactional
    public Map<String, Object> get(@PathParam("changeId") String changeId) {
        DocumentChange row = DocumentChange.findById(changeId);
        if (row == null) {
            throw ProblemException.notFound("No change with id " + changeId + ".");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> body =
                new LinkedHashMap<>(json.convertValue(ChangeQuery.toEvent(row), Map.class));
        body.put("provisions", EventJson.read(row.detail, List.class));
        return body;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
