package io.clausewatch.alert.rest;

import io.clausewatch.alert.domain.Subscription;
import io.clausewatch.alert.service.DeliveryLog;
import io.clausewatch.alert.service.Redelivery;
import io.clausewatch.alert.service.SubscriptionService;
import io.clausewatch.kit.problem.ProblemException;
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
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** Webhook subscriptions. The gateway checks who may touch which owner's subscriptions. */
@Path("/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
public class SubscriptionResource {

    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 200;

    private final SubscriptionService subscriptions;
    private final DeliveryLog log;
    private final Redelivery redelivery;

    public SubscriptionResource(
            SubscriptionService subscriptions, DeliveryLog log, Redelivery redelivery) {
        this.subscriptions = subscriptions;
        this.log = log;
        this.redelivery = redelivery;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(SubscriptionRequest request) {
        SubscriptionView created = subscriptions.create(request);
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    public Page<SubscriptionView> list(
            @QueryParam("owner") String owner,
            @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return subscriptions.list(owner, limit(limit), cursor);
    }

    @GET
    @Path("/{id}")
    public SubscriptionView get(@PathParam("id") String id) {
        return subscriptions.get(id);
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public SubscriptionView update(@PathParam("id") String id, SubscriptionRequest request) {
        return subscriptions.update(id, request);
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") String id) {
        subscriptions.delete(id);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/deliveries")
    public Page<DeliveryView> deliveries(
            @PathParam("id") String id,
            @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        subscriptions.find(id);
        return log.deliveries(id, limit(limit), seqCursor(cursor));
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/redeliver")
    public Response redeliver(
            @PathParam("id") String id, @PathParam("deliveryId") String deliveryId) {
        subscriptions.find(id);
        redelivery.redeliver(id, deliveryId);
        return Response.accepted(Map.of("deliveryId", deliveryId)).build();
    }

    @POST
    @Path("/{id}/redeliver")
    public Response redeliverSince(@PathParam("id") String id, @QueryParam("since") String since) {
        subscriptions.find(id);
        int count = redelivery.redeliverFailedSince(id, instant("since", since));
        return Response.accepted(Map.of("redelivered", count)).build();
    }

    @POST
    @Path("/{id}/test")
    public Response test(@PathParam("id") String id) {
        subscriptions.find(id);
        String deliveryId = redelivery.ping(id);
        return Response.accepted(Map.of("deliveryId", deliveryId)).build();
    }

    @POST
    @Path("/{id}/rotate-secret")
    public SubscriptionView rotateSecret(@PathParam("id") String id) {
        return subscriptions.rotateSecret(id);
    }

    @GET
    @Path("/{id}/stats")
    public StatsView stats(@PathParam("id") String id) {
        Subscription subscription = subscriptions.find(id);
        return log.stats(subscription);
    }

    private static int limit(Integer limit) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ProblemException.badRequest("limit must be between 1 and " + MAX_LIMIT + ".");
        }
        return limit;
    }

    private static Long seqCursor(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(cursor);
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("cursor is not one this API handed out.");
        }
    }

    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.badRequest(name + " is required, as an ISO-8601 instant.");
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(name + " must be an ISO-8601 instant.");
        }
    }
}
