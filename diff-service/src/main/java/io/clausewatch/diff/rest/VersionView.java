package io.clausewatch.diff.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.clausewatch.diff.domain.DocumentVersion;
import io.clausewatch.events.DocumentChanged;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A version as the API shows it; {@code text} only when one version is asked for. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VersionView(
        String documentId,
        int number,
        Instant capturedAt,
        Instant recordedAt,
        String textSha256,
        String previousHash,
        String chainHash,
        boolean historical,
        boolean reextraction,
        LocalDate statedUpdated,
        LocalDate statedEffective,
        List<String> sourceUrls,
        String changeId,
        String text) {

    static VersionView of(DocumentVersion v, boolean withText) {
        return new VersionView(
                v.documentId,
                v.number,
                v.capturedAt,
                v.recordedAt,
                v.textSha256,
                v.previousHash,
                v.chainHash,
                v.historical,
                v.reextraction,
                v.statedUpdated,
                v.statedEffective,
                v.sourceUrls == null ? List.of() : List.of(v.sourceUrls.split("\n")),
                DocumentChanged.changeIdOf(v.documentId, v.number),
                withText ? v.text : null);
    }
}
