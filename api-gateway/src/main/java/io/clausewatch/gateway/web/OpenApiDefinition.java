package io.clausewatch.gateway.web;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The OpenAPI document's header: what the API is and how to authenticate. */
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Clausewatch API",
                        version = "1",
                        description =
                                "Platform governance documents, their versions, what changed and"
                                        + " what it means, and signed webhooks. Every error is an"
                                        + " RFC 9457 problem (application/problem+json). Lists"
                                        + " answer {\"items\", \"next\"}; pass `next` as `cursor`."
                                        + " Rate limits per key are announced in RateLimit-*"
                                        + " headers; 429 carries Retry-After."),
        security = @SecurityRequirement(name = "apiKey"),
        tags = {
            @Tag(name = "Changes", description = "What changed, newest first"),
            @Tag(name = "Catalog", description = "Watched platforms and documents"),
            @Tag(name = "Versions", description = "Every version of a document and diffs"),
            @Tag(name = "Meaning", description = "Topics, provisions and search"),
            @Tag(name = "Feeds", description = "Atom feeds"),
            @Tag(name = "Subscriptions", description = "Signed webhooks"),
            @Tag(name = "Keys", description = "API keys (admin)")
        })
@SecurityScheme(
        securitySchemeName = "apiKey",
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        description = "An API key issued by an admin: `Authorization: Bearer cw_...`")
public class OpenApiDefinition extends Application {}
