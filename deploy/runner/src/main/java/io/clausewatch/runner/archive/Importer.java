package io.clausewatch.runner.archive;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Brings a validated archive into a running Clausewatch. Each document gets a catalog entry in the
 * crawler (left alone when it exists) and its versions go to the diff service in history order with
 * their historical dates. The diff service treats a version it already holds (same text, same date)
 * as a no-op, so importing the same archive twice changes nothing, and an import cut short is
 * completed by running it again.
 */
public final class Importer {

    /**
     * The interval of the catalog entries an import creates: the crawler keeps watching the live
     * document, but the import itself never waits for a fetch.
     */
    public static final String CATALOG_INTERVAL = "P7D";

    private final ServiceClient crawler;
    private final ServiceClient diff;
    private final boolean alert;

    /**
     * @param alert false marks imported changes historical, so subscribers are not alerted
     */
    public Importer(ServiceClient crawler, ServiceClient diff, boolean alert) {
        this.crawler = crawler;
        this.diff = diff;
        this.alert = alert;
    }

    /** A step of the import failed; the message names the document and version. */
    public static final class ImportException extends RuntimeException {
        ImportException(String message) {
            super(message);
        }
    }

    public ImportSummary run(Archive archive, ProgressBar progress) {
        Instant began = Instant.now();
        int created = 0;
        int existing = 0;
        int withoutAddress = 0;
        int imported = 0;
        int present = 0;
        long done = 0;
        List<String> redated = new ArrayList<>();
        for (ArchiveDocument document : archive.documents()) {
            switch (register(document)) {
                case CREATED -> created++;
                case EXISTING -> existing++;
                case NO_ADDRESS -> withoutAddress++;
            }
            for (ArchiveVersion version : document.versions()) {
                if (version.redated()) {
                    redated.add(
                            "%s position %d: the archive says %s, imported as %s"
                                    .formatted(
                                            document.id(),
                                            version.position(),
                                            version.statedAt(),
                                            version.capturedAt()));
                }
                if (importVersion(document, version)) {
                    imported++;
                } else {
                    present++;
                }
                progress.update(++done, document.id());
            }
        }
        progress.finish();
        return new ImportSummary(
                archive.documents().size(),
                created,
                existing,
                withoutAddress,
                imported,
                present,
                redated,
                Duration.between(began, Instant.now()));
    }

    enum Registration {
        CREATED,
        EXISTING,
        NO_ADDRESS
    }

    private Registration register(ArchiveDocument document) {
        if (document.urls().isEmpty()) {
            return Registration.NO_ADDRESS;
        }
        String path = "/documents/" + document.id();
        ServiceClient.Answer current = crawler.get(path);
        if (current.ok()) {
            return Registration.EXISTING;
        }
        if (current.status() != 404) {
            throw new ImportException(
                    document.id()
                            + ": the crawler answered "
                            + current.status()
                            + " to GET "
                            + path
                            + ": "
                            + current.problem());
        }
        ServiceClient.Answer answer = crawler.post("/documents", catalogEntry(document));
        if (answer.status() == 409) {
            return Registration.EXISTING;
        }
        if (!answer.ok()) {
            throw new ImportException(
                    document.id()
                            + ": the crawler refused the catalog entry ("
                            + answer.status()
                            + "): "
                            + answer.problem());
        }
        return Registration.CREATED;
    }

    /** Returns true when the diff service stored a new version, false when it already had it. */
    private boolean importVersion(ArchiveDocument document, ArchiveVersion version) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", version.text());
        body.put("capturedAt", version.capturedAt().toString());
        body.put("historical", !alert);
        ServiceClient.Answer answer = diff.post("/documents/" + document.id() + "/versions", body);
        if (answer.status() == 201) {
            return true;
        }
        if (answer.ok()) {
            return false;
        }
        throw new ImportException(
                document.id()
                        + " version "
                        + version.position()
                        + " ("
                        + version.file()
                        + "): the diff service answered "
                        + answer.status()
                        + ": "
                        + answer.problem());
    }

    /**
     * The archive gives addresses but not the selectors of the page, so the entry keeps the whole
     * body; set the document's own selectors with {@code PUT /documents/{platform}/{type}}.
     */
    static Map<String, Object> catalogEntry(ArchiveDocument document) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("platform", document.platform());
        entry.put("platformName", document.platformName());
        entry.put("type", document.type());
        entry.put("name", document.typeName());
        entry.put("urls", document.urls());
        entry.put("select", List.of("body"));
        entry.put("remove", List.of());
        entry.put("interval", CATALOG_INTERVAL);
        return entry;
    }
}
