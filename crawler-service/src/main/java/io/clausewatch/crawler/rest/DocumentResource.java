package io.clausewatch.crawler.rest;

import io.clausewatch.crawler.service.DocumentService;
import io.clausewatch.crawler.service.SnapshotService;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** Watched documents: read, declare, change, disable, check now, published snapshots. */
@Path("/documents")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentResource {

    private final DocumentService documents;
    private final SnapshotService snapshots;

    public DocumentResource(DocumentService documents, SnapshotService snapshots) {
        this.documents = documents;
        this.snapshots = snapshots;
    }

    @GET
    public Page<DocumentView> list(
            @QueryParam("platform") String platform, @QueryParam("type") String type) {
        return new Page<>(documents.documents(platform, type), null);
    }

    @GET
    @Path("/{platform}/{type}")
    public DocumentView get(
            @PathParam("platform") String platform, @PathParam("type") String type) {
        return documents.document(platform, type);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(DocumentRequest request) {
        DocumentView created = documents.create(request);
        return Response.created(URI.create("/documents/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("/{platform}/{type}")
    @Consumes(MediaType.APPLICATION_JSON)
    public DocumentView update(
            @PathParam("platform") String platform,
            @PathParam("type") String type,
            DocumentRequest request) {
        return documents.update(platform, type, request);
    }

    @DELETE
    @Path("/{platform}/{type}")
    public Response disable(
            @PathParam("platform") String platform, @PathParam("type") String type) {
        documents.disable(platform, type);
        return Response.noContent().build();
    }

    @GET
    @Path("/{platform}/{type}/snapshots")
    public Page<SnapshotView> snapshots(
            @PathParam("platform") String platform, @PathParam("type") String type) {
        DocumentView document = documents.document(platform, type);
        return new Page<>(snapshots.snapshots(document.id()), null);
    }

    /** The snapshot's text read again from the raw archive with the rules of its day. */
    @GET
    @Path("/{platform}/{type}/snapshots/{id}/text")
    public SnapshotText snapshotText(
            @PathParam("platform") String platform,
            @PathParam("type") String type,
            @PathParam("id") long id) {
        DocumentView document = documents.document(platform, type);
        return snapshots.text(document.id(), id);
    }

    @POST
    @Path("/{platform}/{type}/check")
    public Response check(@PathParam("platform") String platform, @PathParam("type") String type) {
        return Response.accepted(documents.check(platform, type)).build();
    }
}
