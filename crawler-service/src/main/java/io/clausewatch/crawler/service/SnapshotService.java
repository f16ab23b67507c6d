package io.clausewatch.crawler.service;

import io.clausewatch.crawler.domain.RawResponse;
import io.clausewatch.crawler.domain.RulesVersion;
import io.clausewatch.crawler.domain.Snapshot;
import io.clausewatch.crawler.extract.CanonicalText;
import io.clausewatch.crawler.extract.PageExtractor;
import io.clausewatch.crawler.extract.RawPage;
import io.clausewatch.crawler.extract.SelectorRules;
import io.clausewatch.crawler.rest.SnapshotText;
import io.clausewatch.crawler.rest.SnapshotView;
import io.clausewatch.kit.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/** Published snapshots of a document, and their re-extraction from the raw archive. */
@ApplicationScoped
public class SnapshotService {

    private final PageExtractor extractor;

    public SnapshotService(PageExtractor extractor) {
        this.extractor = extractor;
    }

    @Transactional
    public List<SnapshotView> snapshots(String documentId) {
        List<Snapshot> snapshots = Snapshot.list("documentId = ?1 order by id", documentId);
        return snapshots.stream().map(SnapshotService::view).toList();
    }

    /** Reads the snapshot's raw pages again with the rules in force when it was captured. */
    @Transactional
    public SnapshotText text(String documentId, long snapshotId) {
        Snapshot snapshot = Snapshot.findById(snapshotId);
        if (snapshot == null || !snapshot.documentId.equals(documentId)) {
            throw ProblemException.notFound(
                    "No snapshot " + snapshotId + " of " + documentId + ".");
        }
        RulesVersion rules = RulesVersion.at(documentId, snapshot.capturedAt);
        List<String> urls = Json.list(rules.urls);
        List<String> shas = Json.list(snapshot.rawSha256);
        List<RawPage> pages = new ArrayList<>();
        for (int i = 0; i < shas.size(); i++) {
            RawResponse raw = RawResponse.findById(shas.get(i));
            if (raw == null) {
                throw ProblemException.conflict("A raw page of this snapshot is not archived.");
            }
            String url = i < urls.size() ? urls.get(i) : raw.firstUrl;
            pages.add(new RawPage(url, raw.contentType, RawArchive.gunzip(raw.bodyGzip)));
        }
        String text =
                extractor.extract(
                        pages,
                        new SelectorRules(Json.list(rules.selectCss), Json.list(rules.removeCss)));
        String sha = CanonicalText.sha256(text);
        return new SnapshotText(
                snapshot.id,
                snapshot.capturedAt,
                rules.version,
                sha,
                sha.equals(snapshot.textSha256),
                text);
    }

    private static SnapshotView view(Snapshot snapshot) {
        return new SnapshotView(
                snapshot.id,
                snapshot.documentId,
                snapshot.capturedAt,
                snapshot.textSha256,
                Json.list(snapshot.rawSha256),
                snapshot.rulesVersion,
                snapshot.reextraction);
    }
}
