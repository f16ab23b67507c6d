package io.clausewatch.gateway.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.clausewatch.gateway.auth.Access;
import io.clausewatch.gateway.auth.Caller;
import io.clausewatch.gateway.auth.CurrentCaller;
import io.clausewatch.gateway.auth.Role;
import io.clausewatch.gateway.backend.AlertClient;
import io.clausewatch.gateway.backend.Backends;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Webhook subscriptions: each belongs to the key that created it. */
@Path("/api/v1/subscriptions")
@Access(Role.SUBSCRIBER)
@Tag(name = "Subscriptions")
@Produces(MediaType.APPLICATION_JSON)
public class SubscriptionResource {

    private final AlertClient alert;
    private final Backends backends;
    private final Subscriptions subscriptions;
    private final CurrentCaller caller;
    private final ObjectMapper json;

    public SubscriptionResource(
            @RestClient AlertClient alert,
            Backends backends,
            Subscriptions subscriptions,
            CurrentCaller caller,
            ObjectMapper json) {
        this.alert = alert;
        this.backends = backends;
        this.subscriptions = subscriptions;
        this.caller = caller;
        this.json = json;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Create a subscription",
            description = "The answer carries the signing secret; it is shown this once.")
    @RequestBody(
            content =
                    @Content(
                            examples =
                                    @ExampleObject(
                                            name = "subscription",
                                            value = Examples.SUBSCRIPTION_REQUEST)))
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "created",
                                            value = Examples.SUBSCRIPTION_CREATED)))
    public Response create(@Valid @NotNull SubscriptionRequest request)
            throws JsonProcessingException {
        String body = json.writeValueAsString(request.ownedBy(caller.get().keyId()));
        return backends.relay("alert", () -> alert.create(body));
    }

    @GET
    @Operation(
            summary = "List subscriptions",
            description = "Your own; an admin sees all, or one owner's with `owner`.")
    public Response list(
            @QueryParam("owner") @Size(max = 128) String owner,
            @QueryParam("limit") @Min(1) @Max(200) Integer limit,
            @QueryParam("cursor") @Size(max = 500) String cursor) {
        Caller who = caller.get();
        String visibleOwner = who.isAdmin() ? owner : who.keyId();
        Query query =
                Query.of().put("owner", visibleOwner).put("limit", limit).put("cursor", cursor);
        return backends.relay("alert", () -> alert.list(query.map()));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One subscription")
    @APIResponse(responseCode = "404", description = "No such subscription of yours")
    public Response get(@PathParam("id") @Pattern(regexp = Ids.OPAQUE) String id) {
        return subscriptions.requireVisible(id, caller.get()).toResponse();
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a subscription's url, description, filters or state")
    public Response change(
            @PathParam("id") @Pattern(regexp = Ids.OPAQUE) String id,
            @Valid @NotNull SubscriptionPatch patch)
            throws JsonProcessingException {
        subscriptions.requireVisible(id, caller.get());
        String body = json.writeValueAsString(patch);
        return backends.relay("alert", () -> alert.change(id, body));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a subscription")
    public Response delete(@PathParam("id") @Pattern(regexp = Ids.OPAQUE) String id) {
        subscriptions.requireVisible(id, caller.get());
        return backends.relay("alert", () -> alert.delete(id));
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(summary = "The delivery log of a subscription")
    public Response deliveries(
            @PathParam("id") @Pattern(regexp = Ids.OPAQUE) String id,
            @QueryParam("limit") @Min(1) @Max(200) Integer limit,
            @QueryParam("cursor") @Size(max = 500) String cursor) {
        subscriptions.requireVisible(id, caller.get());
        Query query = Query.of().put("limit", limit).put("cursor", cursor);
        return backends.relay("alert", () -> alert.deliveries(id, query.map()));
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/redeliver")
    @Operation(summary = "Send one delivery again")
    public Response redeliverOne(
            @PathParam("id") @Pattern(regexp = Ids.OPAQUE) String id,
            @PathParam("deliveryId") @Pattern(regexp = Ids.OPAQUE) String deliveryId) {
        subscriptions.requireVisible(id, caller.get());
        return backends.relay("alert", () -> alert.redeliverOne(id, deliveryId));
    }

    @POST
    @Path("/{id}/redeliver")
    @Operation(summary = "Send again every delivery since an instant")
    public Response redeliverSince(
            @PathParam("id") @Pattern(regexp = Ids.OPAQUE) String id,
            @QueryParam("since") @NotNull @Pattern(regexp = Examples.DATE_OR_INSTANT)
                    String since) {
        subscriptions.requireVisible(id, caller.get());
        return backends.relay(
                "alert", () -> alert.redeliverSince(id, Query.of().put("since", since).map()));
    }

    @POST
    @Path("/{id}/test")
    @Operation(summary = "Send a signed test event to the endpoint")
    public Response test(@PathParam("id") @Pattern(regexp = Ids.OPAQUE) String id) {
        subscriptions.requireVisible(id, caller.get());
        return backends.relay("alert", () -> alert.test(id));
    }

    @POST
    @Path("/{id}/rotate-secret")
    @Operation(
            summary = "Rotate the signing secret",
            description = "The new secret is shown once; the old one signs too for a while.")
    public Response rotateSecret(@PathParam("id") @Pattern(regexp = Ids.OPAQUE) String id) {
        subscriptions.requireVisible(id, caller.get());
        return backends.relay("alert", () -> alert.rotateSecret(id));
    }

    @GET
    @Path("/{id}/stats")
    @Operation(summary = "Delivery statistics of a subscription")
    public Response stats(@PathParam("id") @Pattern(regexp = Ids.OPAQUE) String id) {
        subscriptions.requireVisible(id, caller.get());
        return backends.relay("alert", () -> alert.stats(id));
    }
}
