package io.clausewatch.crawler.rest;

import io.clausewatch.crawler.service.DocumentService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Platforms of the catalog. */
@Path("/platforms")
@Produces(MediaType.APPLICATION_JSON)
public class PlatformResource {

    private final DocumentService documents;

    public PlatformResource(DocumentService documents) {
        this.documents = documents;
    }

    @GET
    public Page<PlatformView> list() {
        return new Page<>(documents.platforms(), null);
    }

    @GET
    @Path("/{platform}")
    public PlatformView get(@PathParam("platform") String platform) {
        return documents.platform(platform);
    }
}
