package io.clausewatch.crawler.service;

import io.clausewatch.crawler.catalog.DocumentSpec;
import io.clausewatch.crawler.domain.Platform;
import io.clausewatch.crawler.domain.RulesVersion;
import io.clausewatch.crawler.domain.TrackedDocument;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Objects;

/**
 * Creates and changes documents and keeps their rules history: a change of URLs or selectors closes
 * the current rules version and opens the next, and makes the document due at once.
 */
@ApplicationScoped
public class DocumentRegistry {

    @Transactional(Transactional.TxType.MANDATORY)
    public Platform ensurePlatform(String id, String name, Instant now) {
        Platform platform = Platform.findById(id);
        if (platform == null) {
            // two documents of a new platform may be declared at the same moment: the second
            // transaction finds the row the first inserted instead of failing on the primary key
            Platform.getEntityManager()
                    .createNativeQuery(
                            "insert into platform (id, name, updated_at) values (?1, ?2, ?3)"
                                    + " on conflict (id) do nothing")
                    .setParameter(1, id)
                    .setParameter(2, name == null ? id : name)
                    .setParameter(3, now)
                    .executeUpdate();
            return Platform.findById(id);
        } else if (name != null && !name.equals(platform.name)) {
            platform.name = name;
            platform.updatedAt = now;
        }
        return platform;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public TrackedDocument create(DocumentSpec spec, String origin, Instant now) {
        TrackedDocument document = new TrackedDocument();
        document.id = spec.id();
        document.platformId = spec.platform();
        document.type = spec.type();
        document.origin = origin;
        document.enabled = true;
        document.createdAt = now;
        document.nextCheckAt = now;
        document.rulesVersion = 1;
        describe(document, spec);
        document.persist();
        openRules(document, spec, 1, now);
        Log.infof("document created document=%s origin=%s", document.id, origin);
        return document;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void change(TrackedDocument document, DocumentSpec spec, Instant now) {
        long oldInterval = document.checkIntervalSeconds;
        describe(document, spec);
        if (oldInterval != document.checkIntervalSeconds && document.enabled) {
            Instant sooner = now.plus(spec.interval());
            if (document.nextCheckAt.isAfter(sooner)) {
                document.nextCheckAt = sooner;
            }
        }
        RulesVersion current = RulesVersion.current(document.id);
        if (current != null && sameRules(current, spec)) {
            current.checkedNote = spec.checked();
            return;
        }
        if (current != null) {
            current.validTo = now;
        }
        int next = document.rulesVersion + 1;
        document.rulesVersion = next;
        openRules(document, spec, next, now);
        document.nextCheckAt = now;
        Log.infof("extraction rules changed document=%s rulesVersion=%d", document.id, next);
    }

    private static void describe(TrackedDocument document, DocumentSpec spec) {
        document.name = spec.name();
        document.language = spec.language();
        document.region = spec.region();
        document.checkIntervalSeconds = spec.interval().toSeconds();
    }

    private static boolean sameRules(RulesVersion rules, DocumentSpec spec) {
        return Objects.equals(Json.list(rules.urls), spec.urls())
                && Objects.equals(Json.list(rules.selectCss), spec.select())
                && Objects.equals(Json.list(rules.removeCss), spec.remove());
    }

    private static void openRules(
            TrackedDocument document, DocumentSpec spec, int version, Instant now) {
        RulesVersion rules = new RulesVersion();
        rules.documentId = document.id;
        rules.version = version;
        rules.urls = Json.list(spec.urls());
        rules.selectCss = Json.list(spec.select());
        rules.removeCss = Json.list(spec.remove());
        rules.checkedNote = spec.checked();
        rules.validFrom = now;
        rules.persist();
    }
}
