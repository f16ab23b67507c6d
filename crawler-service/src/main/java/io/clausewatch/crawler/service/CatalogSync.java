package io.clausewatch.crawler.service;

import io.clausewatch.crawler.catalog.CatalogLoad;
import io.clausewatch.crawler.catalog.CatalogReader;
import io.clausewatch.crawler.catalog.DocumentSpec;
import io.clausewatch.crawler.config.CatalogConfig;
import io.clausewatch.crawler.domain.TrackedDocument;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Loads the catalog into the database at startup. A document new in the catalog is created and due
 * at once; one whose declaration changed since it was last applied is updated; one the catalog left
 * alone keeps the edits made through the API.
 */
@ApplicationScoped
public class CatalogSync {

    /** Serialises catalog loads of replicas starting together. */
    private static final long LOCK_KEY = 0x63726177L;

    private final CatalogConfig config;
    private final DocumentRegistry registry;
    private final EntityManager entityManager;

    public CatalogSync(
            CatalogConfig config, DocumentRegistry registry, EntityManager entityManager) {
        this.config = config;
        this.registry = registry;
        this.entityManager = entityManager;
    }

    void onStart(@Observes StartupEvent event) {
        Path directory = config.dir().filter(d -> !d.isBlank()).map(Path::of).orElse(null);
        CatalogLoad load = new CatalogReader().read(config.builtin(), directory);
        load.problems().forEach(problem -> Log.warnf("catalog problem: %s", problem));
        apply(load);
        Log.infof(
                "catalog loaded documents=%d platforms=%d problems=%d",
                load.documents().size(), load.platformNames().size(), load.problems().size());
    }

    @Transactional
    public void apply(CatalogLoad load) {
        entityManager
                .createNativeQuery("select pg_advisory_xact_lock(?1)")
                .setParameter(1, LOCK_KEY)
                .getSingleResult();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        load.platformNames().forEach((id, name) -> registry.ensurePlatform(id, name, now));
        for (DocumentSpec spec : load.documents()) {
            TrackedDocument document = TrackedDocument.findById(spec.id());
            String hash = spec.contentHash();
            if (document == null) {
                document = registry.create(spec, TrackedDocument.ORIGIN_CATALOG, now);
                document.catalogHash = hash;
            } else if (!hash.equals(document.catalogHash)) {
                registry.change(document, spec, now);
                document.catalogHash = hash;
            }
        }
    }
}
