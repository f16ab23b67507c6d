package io.clausewatch.crawler.service;

import io.clausewatch.crawler.catalog.DocumentDraft;
import io.clausewatch.crawler.catalog.DocumentSpec;
import io.clausewatch.crawler.catalog.DocumentValidator;
import io.clausewatch.crawler.domain.Platform;
import io.clausewatch.crawler.domain.RulesVersion;
import io.clausewatch.crawler.domain.TrackedDocument;
import io.clausewatch.crawler.rest.CheckAccepted;
import io.clausewatch.crawler.rest.DocumentRequest;
import io.clausewatch.crawler.rest.DocumentView;
import io.clausewatch.crawler.rest.HealthView;
import io.clausewatch.crawler.rest.PlatformView;
import io.clausewatch.crawler.rest.RulesView;
import io.clausewatch.events.CrawlRequested;
import io.clausewatch.events.DocumentIds;
import io.clausewatch.kit.problem.Problem;
import io.clausewatch.kit.problem.Problem.FieldError;
import io.clausewatch.kit.problem.ProblemException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Reads and edits the catalog for the API, and takes "check now" orders. */
@ApplicationScoped
public class DocumentService {

    private final DocumentRegistry registry;
    private final CrawlRequests requests;

    public DocumentService(DocumentRegistry registry, CrawlRequests requests) {
        this.registry = registry;
        this.requests = requests;
    }

    @Transactional
    public List<PlatformView> platforms() {
        List<Platform> platforms = Platform.listAll(Sort.by("id"));
        return platforms.stream().map(DocumentService::platformView).toList();
    }

    @Transactional
    public PlatformView platform(String id) {
        Platform platform = Platform.findById(id);
        if (platform == null) {
            throw ProblemException.notFound("No platform " + id + ".");
        }
        return platformView(platform);
    }

    @Transactional
    public List<DocumentView> documents(String platform, String type) {
        StringBuilder query = new StringBuilder("1 = 1");
        List<Object> params = new ArrayList<>();
        if (platform != null && !platform.isBlank()) {
            params.add(platform);
            query.append(" and platformId = ?").append(params.size());
        }
        if (type != null && !type.isBlank()) {
            params.add(type);
            query.append(" and type = ?").append(params.size());
        }
        List<TrackedDocument> documents =
                TrackedDocument.list(query + " order by id", params.toArray());
        return documents.stream().map(DocumentService::view).toList();
    }

    @Transactional
    public DocumentView document(String platform, String type) {
        return view(existing(platform, type));
    }

    @Transactional
    public DocumentView create(DocumentRequest request) {
        if (request == null) {
            throw ProblemException.badRequest("A document declaration is required.");
        }
        DocumentDraft draft = draft(request);
        requireValid(request.platform(), draft);
        DocumentSpec spec = DocumentValidator.toSpec(request.platform(), draft);
        if (TrackedDocument.findById(spec.id()) != null) {
            throw ProblemException.conflict("Document " + spec.id() + " already exists.");
        }
        Instant now = now();
        registry.ensurePlatform(spec.platform(), request.platformName(), now);
        return view(registry.create(spec, TrackedDocument.ORIGIN_API, now));
    }

    @Transactional
    public DocumentView update(String platform, String type, DocumentRequest request) {
        if (request == null) {
            throw ProblemException.badRequest("A document declaration is required.");
        }
        TrackedDocument document = existing(platform, type);
        if ((request.platform() != null && !request.platform().equals(platform))
                || (request.type() != null && !request.type().equals(type))) {
            throw ProblemException.badRequest("platform and type are set by the path.");
        }
        DocumentDraft draft = merged(document, request);
        requireValid(platform, draft);
        Instant now = now();
        registry.change(document, DocumentValidator.toSpec(platform, draft), now);
        if (request.enabled() != null && request.enabled() != document.enabled) {
            document.enabled = request.enabled();
            document.nextCheckAt = now;
        }
        return view(document);
    }

    @Transactional
    public void disable(String platform, String type) {
        TrackedDocument document = existing(platform, type);
        document.enabled = false;
    }

    @Transactional
    public CheckAccepted check(String platform, String type) {
        TrackedDocument document = existing(platform, type);
        if (!document.enabled) {
            throw ProblemException.conflict("Document " + document.id + " is disabled.");
        }
        CrawlRequested request = requests.request(document, CrawlRequests.MANUAL, now());
        return new CheckAccepted(request.documentId(), request.requestedAt());
    }

    private static TrackedDocument existing(String platform, String type) {
        String id = platform + "/" + type;
        TrackedDocument document = DocumentIds.isValid(id) ? TrackedDocument.findById(id) : null;
        if (document == null) {
            throw ProblemException.notFound("No document " + id + ".");
        }
        return document;
    }

    private static void requireValid(String platform, DocumentDraft draft) {
        List<FieldError> errors = DocumentValidator.errors(platform, draft);
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.validation(errors));
        }
    }

    private static DocumentDraft draft(DocumentRequest request) {
        return new DocumentDraft(
                request.type(),
                request.name(),
                request.urls(),
                request.select(),
                request.remove(),
                request.interval(),
                request.language(),
                request.region(),
                request.checked());
    }

    private static DocumentDraft merged(TrackedDocument document, DocumentRequest request) {
        RulesVersion rules = RulesVersion.current(document.id);
        return new DocumentDraft(
                document.type,
                Objects.requireNonNullElse(request.name(), document.name),
                Objects.requireNonNullElse(request.urls(), Json.list(rules.urls)),
                Objects.requireNonNullElse(request.select(), Json.list(rules.selectCss)),
                Objects.requireNonNullElse(request.remove(), Json.list(rules.removeCss)),
                Objects.requireNonNullElse(request.interval(), document.checkInterval().toString()),
                request.language() != null ? request.language() : document.language,
                request.region() != null ? request.region() : document.region,
                request.checked() != null ? request.checked() : rules.checkedNote);
    }

    private static PlatformView platformView(Platform platform) {
        List<TrackedDocument> documents =
                TrackedDocument.list("platformId = ?1 order by id", platform.id);
        return new PlatformView(
                platform.id, platform.name, documents.stream().map(d -> d.id).toList());
    }

    private static DocumentView view(TrackedDocument document) {
        List<RulesVersion> history =
                RulesVersion.list("documentId = ?1 order by version", document.id);
        RulesVersion current = history.getLast();
        return new DocumentView(
                document.id,
                document.platformId,
                document.type,
                document.name,
                document.language,
                document.region,
                document.enabled,
                document.origin,
                Duration.ofSeconds(document.checkIntervalSeconds).toString(),
                Json.list(current.urls),
                Json.list(current.selectCss),
                Json.list(current.removeCss),
                document.rulesVersion,
                history.stream().map(DocumentService::rulesView).toList(),
                new HealthView(
                        document.lastSuccessAt,
                        document.lastFailureAt,
                        document.lastFailureClass,
                        document.lastFailureDetail,
                        document.consecutiveFailures,
                        document.lastCheckedAt,
                        document.nextCheckAt));
    }

    private static RulesView rulesView(RulesVersion rules) {
        return new RulesView(
                rules.version,
                Json.list(rules.urls),
                Json.list(rules.selectCss),
                Json.list(rules.removeCss),
                rules.checkedNote,
                rules.validFrom,
                rules.validTo);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
