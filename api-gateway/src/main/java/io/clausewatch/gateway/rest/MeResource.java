package io.clausewatch.gateway.rest;

import io.clausewatch.gateway.auth.Access;
import io.clausewatch.gateway.auth.Caller;
import io.clausewatch.gateway.auth.CurrentCaller;
import io.clausewatch.gateway.auth.Role;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who the presented key is: handy to check a key, and the cheapest authenticated route. */
@Path("/api/v1/me")
@Access(Role.READER)
@Tag(name = "Keys")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    private final CurrentCaller caller;

    public MeResource(CurrentCaller caller) {
        this.caller = caller;
    }

    /** The key's id and role. */
    public record Identity(String id, String role) {}

    @GET
    @Operation(summary = "The id and role of the key that makes this request")
    public Identity me() {
        Caller who = caller.get();
        return new Identity(who.keyId(), who.role().wireName());
    }
}
