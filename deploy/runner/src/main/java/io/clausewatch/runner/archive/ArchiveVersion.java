package io.clausewatch.runner.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * One dated version of a document in an archive. The text stays on disk until asked for, so a large
 * archive is validated and replayed without holding every version in memory.
 *
 * @param position the version's place in the document's history, from 0
 * @param noiseOnly the archive's hint that this version differs from the previous one only by noise
 *     (links, relative dates, blank lines); false when the archive gives no hint
 * @param sha256 the hex digest of the file's bytes, used to tell identical neighbours apart
 */
public record ArchiveVersion(
        int position, Instant capturedAt, Path file, boolean noiseOnly, String sha256) {

    public String text() {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
    }
}
