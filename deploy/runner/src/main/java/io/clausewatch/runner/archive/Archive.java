package io.clausewatch.runner.archive;

import java.nio.file.Path;
import java.util.List;

/** A validated archive: its documents, sorted by id, each with its versions in order. */
public record Archive(Path root, List<ArchiveDocument> documents) {

    public Archive {
        documents = List.copyOf(documents);
    }

    public int versionCount() {
        return documents.stream().mapToInt(d -> d.versions().size()).sum();
    }

    /** The archive without the documents of these ids. */
    public Archive without(java.util.Set<String> ids) {
        return new Archive(root, documents.stream().filter(d -> !ids.contains(d.id())).toList());
    }

    /** Only the documents of these ids; all of them when the set is empty. */
    public Archive only(java.util.Set<String> ids) {
        return ids.isEmpty()
                ? this
                : new Archive(root, documents.stream().filter(d -> ids.contains(d.id())).toList());
    }

    /** A slice for quick runs: at most {@code maxDocuments}, each cut to {@code maxVersions}. */
    public Archive slice(int maxDocuments, int maxVersions) {
        return new Archive(
                root,
                documents.stream()
                        .limit(maxDocuments)
                        .map(d -> d.firstVersions(maxVersions))
                        .toList());
    }
}
