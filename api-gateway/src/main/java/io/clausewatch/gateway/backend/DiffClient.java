package io.clausewatch.gateway.backend;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestQuery;

/** diff-service: versions, changes, topics, provisions and search. */
@RegisterRestClient(configKey = "diff")
@RegisterProvider(ServerErrorMapper.class)
@Timeout(4000)
@CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000)
@Bulkhead(value = 128)
public interface DiffClient {

    /**
     * A page of changes, read whole into memory by the client's event loop. The list is the busiest
     * route, and reading a {@link Response}'s body on the worker thread instead goes through a
     * blocking stream that hands over each chunk between threads.
     */
    @GET
    @Path("/changes")
    Uni<Response> changes(@RestQuery Map<String, String> filters);

    @GET
    @Path("/changes/{id}")
    Response change(@PathParam("id") String id);

    @GET
    @Path("/documents/{platform}/{type}/versions")
    Response versions(
            @PathParam("platform") String platform,
            @PathParam("type") String type,
            @RestQuery Map<String, String> page);

    @GET
    @Path("/documents/{platform}/{type}/versions/{n}")
    Response version(
            @PathParam("platform") String platform,
            @PathParam("type") String type,
            @PathParam("n") int number,
            @HeaderParam("Accept") String accept);

    @GET
    @Path("/documents/{platform}/{type}/as-of")
    Response asOf(
            @PathParam("platform") String platform,
            @PathParam("type") String type,
            @RestQuery Map<String, String> query);

    @GET
    @Path("/documents/{platform}/{type}/diff")
    Response diff(
            @PathParam("platform") String platform,
            @PathParam("type") String type,
            @RestQuery Map<String, String> query);

    @GET
    @Path("/documents/{platform}/{type}/verify")
    Response verify(@PathParam("platform") String platform, @PathParam("type") String type);

    @GET
    @Path("/topics")
    Response topics();

    @GET
    @Path("/topics/{topic}")
    Response topic(@PathParam("topic") String topic, @RestQuery Map<String, String> query);

    @GET
    @Path("/provisions/{id}/history")
    Response provisionHistory(@PathParam("id") String id);

    @GET
    @Path("/search")
    Response search(@RestQuery Map<String, String> query);
}
