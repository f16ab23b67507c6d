package io.clausewatch.gateway.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.clausewatch.gateway.auth.Caller;
import io.clausewatch.gateway.backend.AlertClient;
import io.clausewatch.gateway.backend.Backends;
import io.clausewatch.gateway.backend.Reply;
import io.clausewatch.kit.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Decides whether a caller may touch a subscription: admins may touch any, everyone else only the
 * ones their key owns. Someone else's subscription looks exactly like a missing one.
 */
@ApplicationScoped
public class Subscriptions {

    private final AlertClient alert;
    private final Backends backends;
    private final ObjectMapper json;

    public Subscriptions(@RestClient AlertClient alert, Backends backends, ObjectMapper json) {
        this.alert = alert;
        this.backends = backends;
        this.json = json;
    }

    /** Fails with 404 unless the subscription exists and the caller may touch it. */
    public Reply requireVisible(String id, Caller caller) {
        Reply reply = backends.call("alert", () -> alert.get(id));
        if (!reply.ok()) {
            throw new RelayedProblem(reply);
        }
        if (!caller.isAdmin() && !caller.keyId().equals(ownerOf(reply))) {
            throw ProblemException.notFound("No subscription with id " + id + ".");
        }
        return reply;
    }

    private String ownerOf(Reply reply) {
        try {
            JsonNode owner = json.readTree(reply.body()).path("owner");
            return owner.isTextual() ? owner.asText() : null;
        } catch (IOException e) {
            return null;
        }
    }
}
