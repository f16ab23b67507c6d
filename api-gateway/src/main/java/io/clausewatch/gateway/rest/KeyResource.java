package io.clausewatch.gateway.rest;

import io.clausewatch.gateway.auth.Access;
import io.clausewatch.gateway.auth.ApiKeys;
import io.clausewatch.gateway.auth.KeyView;
import io.clausewatch.gateway.auth.Role;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** API keys, administered by admins. */
@Path("/api/v1/keys")
@Access(Role.ADMIN)
@Tag(name = "Keys")
@Produces(MediaType.APPLICATION_JSON)
public class KeyResource {

    private final ApiKeys keys;

    public KeyResource(ApiKeys keys) {
        this.keys = keys;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue an API key", description = "The key is shown in this answer only.")
    @RequestBody(
            content =
                    @Content(examples = @ExampleObject(name = "key", value = Examples.KEY_REQUEST)))
    @APIResponse(
            responseCode = "201",
            description = "Issued",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(name = "issued", value = Examples.KEY_CREATED)))
    public Response issue(@Valid @NotNull KeyRequest request) {
        KeyView issued = keys.issue(request.name(), Role.fromWire(request.role()).orElseThrow());
        return Response.created(URI.create("/api/v1/keys/" + issued.id())).entity(issued).build();
    }

    @GET
    @Operation(summary = "List API keys (never the keys themselves)")
    public Page<KeyView> list() {
        return new Page<>(keys.list(), null);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Revoke an API key", description = "Requests with it fail with 401.")
    @APIResponse(responseCode = "200", description = "The revoked key")
    @APIResponse(responseCode = "404", description = "No such key")
    public KeyView revoke(@PathParam("id") @Pattern(regexp = "key_[a-z0-9_]{1,60}") String id) {
        return keys.revoke(id);
    }
}
