package io.clausewatch.gateway.backend;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

/** crawler-service: the catalog of platforms and documents, and crawl health. */
@RegisterRestClient(configKey = "crawler")
@RegisterProvider(ServerErrorMapper.class)
@Timeout(4000)
@CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000)
@Bulkhead(64)
public interface CrawlerClient {

    @GET
    @Path("/platforms")
    Response platforms();

    @GET
    @Path("/platforms/{platform}")
    Response platform(@PathParam("platform") String platform);

    @GET
    @Path("/documents")
    Response documents(@RestQuery Map<String, String> filters);

    @GET
    @Path("/documents/{platform}/{type}")
    Response document(@PathParam("platform") String platform, @PathParam("type") String type);

    @POST
    @Path("/documents")
    @Consumes(MediaType.APPLICATION_JSON)
    Response create(String body);

    @PUT
    @Path("/documents/{platform}/{type}")
    @Consumes(MediaType.APPLICATION_JSON)
    Response update(
            @PathParam("platform") String platform, @PathParam("type") String type, String body);

    @DELETE
    @Path("/documents/{platform}/{type}")
    Response disable(@PathParam("platform") String platform, @PathParam("type") String type);

    @POST
    @Path("/documents/{platform}/{type}/check")
    Response check(@PathParam("platform") String platform, @PathParam("type") String type);
}
