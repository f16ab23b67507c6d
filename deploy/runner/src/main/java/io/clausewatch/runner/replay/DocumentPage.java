package io.clausewatch.runner.replay;

import io.clausewatch.runner.archive.ArchiveDocument;
import io.clausewatch.runner.archive.ArchiveVersion;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;

/** One document's page on the replay site: the version it serves now and the fetches so far. */
public final class DocumentPage {

    /** The version being served; {@code servedAt} is when the replay switched to it. */
    record Current(int position, String title, String markdown, Instant servedAt) {}

    private final ArchiveDocument document;
    private final String url;
    private final List<Fetch> fetches = new ArrayList<>();
    private volatile Current current;

    DocumentPage(ArchiveDocument document, String url) {
        this.document = document;
        this.url = url;
    }

    public ArchiveDocument document() {
        return document;
    }

    public String url() {
        return url;
    }

    String path() {
        return URI.create(url).getPath();
    }

    Current current() {
        return current;
    }

    /** Switches the page to a version; later requests get it. */
    void serve(ArchiveVersion version, Instant at) {
        current =
                new Current(
                        version.position(),
                        document.platformName() + " " + document.typeName(),
                        version.text(),
                        at);
    }

    synchronized void recordFetch(int position, Instant at) {
        fetches.add(new Fetch(document.id(), position, at));
        notifyAll();
    }

    public synchronized int fetchCount() {
        return fetches.size();
    }

    public synchronized List<Fetch> fetches() {
        return List.copyOf(fetches);
    }

    /** Waits until the page has been fetched more than {@code count} times. */
    synchronized Fetch awaitFetchAfter(int count, Duration timeout)
            throws TimeoutException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (fetches.size() <= count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new TimeoutException(
                        document.id()
                                + ": the crawler did not fetch "
                                + url
                                + " within "
                                + timeout.toSeconds()
                                + " s of the check request");
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return fetches.get(count);
    }
}
