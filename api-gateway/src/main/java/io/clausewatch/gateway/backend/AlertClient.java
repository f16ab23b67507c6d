package io.clausewatch.gateway.backend;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestQuery;

/** alert-service: webhook subscriptions and their deliveries. */
@RegisterRestClient(configKey = "alert")
@RegisterProvider(ServerErrorMapper.class)
@Timeout(4000)
@CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000)
@Bulkhead(64)
public interface AlertClient {

    @POST
    @Path("/subscriptions")
    @Consumes(MediaType.APPLICATION_JSON)
    Response create(String body);

    @GET
    @Path("/subscriptions")
    Response list(@RestQuery Map<String, String> query);

    @GET
    @Path("/subscriptions/{id}")
    Response get(@PathParam("id") String id);

    @PATCH
    @Path("/subscriptions/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    Response change(@PathParam("id") String id, String body);

    @DELETE
    @Path("/subscriptions/{id}")
    Response delete(@PathParam("id") String id);

    @GET
    @Path("/subscriptions/{id}/deliveries")
    Response deliveries(@PathParam("id") String id, @RestQuery Map<String, String> page);

    @POST
    @Path("/subscriptions/{id}/deliveries/{deliveryId}/redeliver")
    Response redeliverOne(@PathParam("id") String id, @PathParam("deliveryId") String deliveryId);

    @POST
    @Path("/subscriptions/{id}/redeliver")
    Response redeliverSince(@PathParam("id") String id, @RestQuery Map<String, String> query);

    @POST
    @Path("/subscriptions/{id}/test")
    Response test(@PathParam("id") String id);

    @POST
    @Path("/subscriptions/{id}/rotate-secret")
    Response rotateSecret(@PathParam("id") String id);

    @GET
    @Path("/subscriptions/{id}/stats")
    Response stats(@PathParam("id") String id);
}
