package io.clausewatch.diff.service;

import io.clausewatch.diff.analysis.Analysis;
import io.clausewatch.diff.analysis.ChangeAnalyzer;
import io.clausewatch.diff.analysis.HashChainCheck;
import io.clausewatch.diff.analysis.Segmenter;
import io.clausewatch.diff.domain.DocumentVersion;
import io.clausewatch.diff.domain.StoredProvision;
import io.clausewatch.kit.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Reads of stored versions: lookups that answer 404 problems, comparisons and chain checks. */
@ApplicationScoped
public class DocumentQueries {

    private final ChangeAnalyzer analyzer;

    public DocumentQueries(ChangeAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    public DocumentVersion version(String documentId, int number) {
        requireDocument(documentId);
        return DocumentVersion.byNumber(documentId, number)
                .orElseThrow(
                        () ->
                                ProblemException.notFound(
                                        "Document "
                                                + documentId
                                                + " has no version "
                                                + number
                                                + "."));
    }

    public void requireDocument(String documentId) {
        if (DocumentVersion.count("documentId", documentId) == 0) {
            throw ProblemException.notFound("No document " + documentId + ".");
        }
    }

    /** Compares two stored versions, in either order, with the stored provision ids of both. */
    public Analysis compare(DocumentVersion from, DocumentVersion to) {
        List<StoredProvision> fromStored = StoredProvision.ofVersion(from.id);
        List<StoredProvision> toStored = StoredProvision.ofVersion(to.id);
        ChangeAnalyzer.Previous previous =
                new ChangeAnalyzer.Previous(
                        from.text,
                        Segmenter.segment(from.text),
                        fromStored.stream().map(p -> p.provisionId).toList(),
                        fromStored.stream().map(StoredProvision::topicList).toList());
        return analyzer.analyze(previous, to.text, ordinal -> toStored.get(ordinal).provisionId);
    }

    public HashChainCheck.Result verify(String documentId) {
        requireDocument(documentId);
        List<HashChainCheck.Link> links =
                DocumentVersion.all(documentId).stream()
                        .map(
                                v ->
                                        new HashChainCheck.Link(
                                                v.number,
                                                v.capturedAt,
                                                v.text,
                                                v.textSha256,
                                                v.previousHash,
                                                v.chainHash))
                        .toList();
        return HashChainCheck.verify(documentId, links);
    }
}
