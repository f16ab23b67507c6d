package io.clausewatch.gateway.backend;

import io.clausewatch.events.DocumentChanged;
import io.clausewatch.events.EventJson;
import io.clausewatch.kit.problem.Problem;
import io.clausewatch.kit.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Reads changes from diff-service as records, for the feed and the web UI. */
@ApplicationScoped
public class Changes {

    private final DiffClient diff;
    private final Backends backends;

    public Changes(@RestClient DiffClient diff, Backends backends) {
        this.diff = diff;
        this.backends = backends;
    }

    public ChangePage list(Map<String, String> filters) {
        return EventJson.read(
                text(backends.await("diff", () -> diff.changes(filters))), ChangePage.class);
    }

    public DocumentChanged get(String id) {
        return EventJson.read(
                text(backends.call("diff", () -> diff.change(id))), DocumentChanged.class);
    }

    private static String text(Reply reply) {
        if (reply.status() == 404) {
            throw ProblemException.notFound("No such change.");
        }
        if (!reply.ok()) {
            throw new ProblemException(
                    Problem.of(
                            Response.Status.BAD_GATEWAY,
                            "diff-service answered " + reply.status() + "."));
        }
        return new String(reply.body(), StandardCharsets.UTF_8);
    }
}
