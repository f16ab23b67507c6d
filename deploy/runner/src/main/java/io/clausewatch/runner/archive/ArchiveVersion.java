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
 * @param statedAt the time the archive gives; {@code capturedAt} differs from it only when the
 *     archive dates this version before the one preceding it in its order (see {@link #redated()})
 */
public record ArchiveVersion(
        int position,
        Instant capturedAt,
        Path file,
        boolean noiseOnly,
        String sha256,
        Instant statedAt) {

    public ArchiveVersion(
            int position, Instant capturedAt, Path file, boolean noiseOnly, String sha256) {
        this(position, capturedAt, file, noiseOnly, sha256, capturedAt);
    }

    /**
     * True when the archive's order puts this version after one it dates later (Open Terms Archive
     * dates a re-extraction with the time of the snapshot it re-read): the version is then placed
     * one second after its predecessor, so history keeps the archive's order and a date never runs
     * backwards.
     */
    public boolean redated() {
        return !capturedAt.equals(statedAt);
    }

    /**
     * This version placed one second after {@code previous}, keeping the time the archive gives.
     */
    ArchiveVersion after(ArchiveVersion previous) {
        return new ArchiveVersion(
                position, previous.capturedAt.plusSeconds(1), file, noiseOnly, sha256, statedAt);
    }

    public String text() {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
    }
}
