package io.clausewatch.diff.service;

import io.clausewatch.diff.analysis.Analysis;
import io.clausewatch.diff.analysis.ChangeAnalyzer;
import io.clausewatch.diff.analysis.HashChain;
import io.clausewatch.diff.analysis.Provision;
import io.clausewatch.diff.analysis.Segmenter;
import io.clausewatch.diff.analysis.StatedDates;
import io.clausewatch.diff.analysis.SummaryBuilder;
import io.clausewatch.diff.domain.DocumentChange;
import io.clausewatch.diff.domain.DocumentVersion;
import io.clausewatch.diff.domain.SnapshotReceipt;
import io.clausewatch.diff.domain.StoredProvision;
import io.clausewatch.events.ChangeSummary;
import io.clausewatch.events.DocumentChanged;
import io.clausewatch.events.EventJson;
import io.clausewatch.events.EventSources;
import io.clausewatch.events.EventTypes;
import io.clausewatch.events.Topics;
import io.clausewatch.kit.outbox.Outbox;
import io.clausewatch.kit.outbox.OutgoingEvent;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Records a text as a new version when it is one. Writers of one document are serialised by a
 * transaction-scoped advisory lock, so two replicas cannot both create version n+1.
 */
@ApplicationScoped
public class VersionRecorder {

    /** How many earlier versions a returning text is compared with to recognise flapping. */
    static final int FLAPPING_WINDOW = 5;

    private final EntityManager entityManager;
    private final ChangeAnalyzer analyzer;
    private final ProvisionWriter provisionWriter;
    private final Outbox outbox;

    public VersionRecorder(
            EntityManager entityManager,
            ChangeAnalyzer analyzer,
            ProvisionWriter provisionWriter,
            Outbox outbox) {
        this.entityManager = entityManager;
        this.analyzer = analyzer;
        this.provisionWriter = provisionWriter;
        this.outbox = outbox;
    }

    @Transactional
    public RecordOutcome record(IncomingText incoming) {
        lock(incoming.documentId());
        String textSha256 = HashChain.sha256(incoming.text());
        SnapshotReceipt.Key key =
                new SnapshotReceipt.Key(incoming.documentId(), textSha256, incoming.capturedAt());
        SnapshotReceipt seen = SnapshotReceipt.findById(key);
        if (seen != null) {
            // a snapshot refused as stale stays refused when it is offered again
            return RecordOutcome.STALE.equals(seen.outcome)
                    ? new RecordOutcome(RecordOutcome.STALE, null, null)
                    : new RecordOutcome(RecordOutcome.DUPLICATE, seen.version, null);
        }

        Optional<DocumentVersion> latest = DocumentVersion.latest(incoming.documentId());
        RecordOutcome outcome = decide(incoming, textSha256, latest);
        if (outcome == null) {
            outcome = store(incoming, textSha256, latest.orElse(null));
        }
        receipt(key, outcome);
        return outcome;
    }

    private static RecordOutcome decide(
            IncomingText incoming, String textSha256, Optional<DocumentVersion> latest) {
        if (latest.isEmpty()) {
            return null;
        }
        DocumentVersion last = latest.get();
        if (last.textSha256.equals(textSha256)) {
            return new RecordOutcome(RecordOutcome.UNCHANGED, last.number, null);
        }
        if (incoming.capturedAt().isBefore(last.capturedAt)) {
            Log.infof(
                    "stale snapshot document=%s captured=%s latest=%s",
                    incoming.documentId(), incoming.capturedAt(), last.capturedAt);
            return new RecordOutcome(RecordOutcome.STALE, null, null);
        }
        return null;
    }

    private RecordOutcome store(
            IncomingText incoming, String textSha256, DocumentVersion previous) {
        int number = previous == null ? 1 : previous.number + 1;
        Analysis analysis =
                analyzer.analyze(
                        previousOf(previous),
                        incoming.text(),
                        ordinal -> ProvisionIds.of(incoming.documentId(), number, ordinal));
        DocumentVersion version = newVersion(incoming, textSha256, previous, number);
        version.persist();
        entityManager.flush();
        provisionWriter.write(version, analysis);

        boolean flapping =
                previous != null && isFlapping(incoming.documentId(), textSha256, number);
        DocumentChanged event = change(incoming, previous, number, analysis, flapping);
        saveChange(event, analysis, previous);
        outbox.enqueue(
                new OutgoingEvent(
                        Topics.DOCUMENT_CHANGES,
                        incoming.documentId(),
                        event.changeId(),
                        EventTypes.DOCUMENT_CHANGED,
                        EventSources.DIFF,
                        incoming.documentId(),
                        incoming.capturedAt(),
                        event));
        Log.infof(
                "version recorded document=%s version=%d significance=%s change=%s",
                incoming.documentId(), number, event.significance(), event.changeId());
        return new RecordOutcome(RecordOutcome.RECORDED, number, event.changeId());
    }

    private ChangeAnalyzer.Previous previousOf(DocumentVersion previous) {
        if (previous == null) {
            return ChangeAnalyzer.Previous.NONE;
        }
        List<Provision> provisions = Segmenter.segment(previous.text);
        List<StoredProvision> stored = StoredProvision.ofVersion(previous.id);
        if (stored.size() != provisions.size()) {
            throw new IllegalStateException(
                    "stored provisions of "
                            + previous.documentId
                            + " v"
                            + previous.number
                            + " do not match its text");
        }
        List<String> ids = stored.stream().map(p -> p.provisionId).toList();
        List<List<String>> topics = stored.stream().map(StoredProvision::topicList).toList();
        return new ChangeAnalyzer.Previous(previous.text, provisions, ids, topics);
    }

    private static DocumentVersion newVersion(
            IncomingText incoming, String textSha256, DocumentVersion previous, int number) {
        DocumentVersion version = new DocumentVersion();
        version.documentId = incoming.documentId();
        version.platform = incoming.platform();
        version.documentType = incoming.documentType();
        version.number = number;
        version.text = incoming.text();
        version.textSha256 = textSha256;
        version.capturedAt = incoming.capturedAt();
        version.recordedAt = Instant.now();
        version.sourceUrls =
                incoming.sourceUrls() == null ? null : String.join("\n", incoming.sourceUrls());
        version.historical = incoming.historical();
        version.reextraction = incoming.reextraction();
        version.rulesVersion = incoming.rulesVersion();
        StatedDates.Dates dates = StatedDates.of(incoming.text());
        version.statedUpdated = dates.updated();
        version.statedEffective = dates.effective();
        version.previousHash = previous == null ? HashChain.GENESIS : previous.chainHash;
        version.chainHash =
                HashChain.link(
                        version.previousHash,
                        version.documentId,
                        number,
                        version.capturedAt,
                        textSha256);
        return version;
    }

    /** True when the text equals one of the recent versions before the latest one. */
    private static boolean isFlapping(String documentId, String textSha256, int number) {
        return DocumentVersion.recent(documentId, FLAPPING_WINDOW + 2).stream()
                .anyMatch(v -> v.number < number - 1 && v.textSha256.equals(textSha256));
    }

    private static DocumentChanged change(
            IncomingText incoming,
            DocumentVersion previous,
            int number,
            Analysis analysis,
            boolean flapping) {
        int from = previous == null ? 0 : previous.number;
        ChangeSummary summary = SummaryBuilder.build(incoming.documentId(), from, number, analysis);
        if (flapping) {
            summary =
                    withHeadline(
                            summary,
                            summary.headline() + " — returns to an earlier text (flapping)");
        }
        return new DocumentChanged(
                DocumentChanged.changeIdOf(incoming.documentId(), number),
                incoming.documentId(),
                incoming.platform(),
                incoming.documentType(),
                from,
                number,
                incoming.capturedAt(),
                analysis.significance().id(),
                incoming.historical() || incoming.reextraction(),
                flapping,
                summary);
    }

    private static ChangeSummary withHeadline(ChangeSummary s, String headline) {
        return new ChangeSummary(
                headline,
                s.linesAdded(),
                s.linesRemoved(),
                s.provisionsChanged(),
                s.topics(),
                s.regulations(),
                s.signals(),
                s.provisions(),
                s.truncated());
    }

    private void saveChange(DocumentChanged event, Analysis analysis, DocumentVersion previous) {
        DocumentChange row = new DocumentChange();
        row.changeId = event.changeId();
        row.documentId = event.documentId();
        row.platform = event.platform();
        row.documentType = event.documentType();
        row.fromVersion = event.fromVersion();
        row.toVersion = event.toVersion();
        row.capturedAt = event.capturedAt();
        row.significance = event.significance();
        row.significanceRank = (short) analysis.significance().rank();
        row.historical = event.historical();
        row.flapping = event.flapping();
        row.summary = EventJson.write(event.summary());
        row.detail = EventJson.write(analysis.changes());
        row.previousCapturedAt = previous == null ? null : previous.capturedAt;
        row.persist();
        entityManager.flush();
        provisionWriter.writeChangeTerms(row.changeId, analysis.topics(), analysis.regulations());
    }

    private void receipt(SnapshotReceipt.Key key, RecordOutcome outcome) {
        SnapshotReceipt receipt = new SnapshotReceipt();
        receipt.key = key;
        receipt.receivedAt = Instant.now();
        receipt.outcome = outcome.status();
        receipt.version = outcome.version();
        receipt.persist();
    }

    private void lock(String documentId) {
        entityManager
                .createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, documentId)
                .getSingleResult();
    }
}
