package io.clausewatch.crawler.extract;

import io.clausewatch.crawler.fetch.CrawlFailure;
import io.clausewatch.crawler.fetch.FailureClass;
import java.util.concurrent.Semaphore;

/**
 * Bounds the heap that extractions in progress may hold together. An extraction holds about {@link
 * #BYTES_PER_BODY_BYTE} times its body while it runs (the decoded text, the DOM, the Markdown and
 * its canonical copies; a page of 9.5 MB of words needed between 96 and 128 MB of heap), so it
 * reserves that much from a budget of a third of the heap before it starts: small pages run side by
 * side, large ones wait for each other, and a body too large for the whole budget is refused as
 * {@code too_large} instead of exhausting the heap. With 384 MB of heap the budget takes one body
 * of 10 MB, the largest a fetch accepts by default.
 */
final class ExtractionBudget {

    static final int BYTES_PER_BODY_BYTE = 12;
    private static final int UNIT = 1024;

    private final long budgetBytes;
    private final Semaphore units;

    ExtractionBudget(long budgetBytes) {
        this.budgetBytes = budgetBytes;
        this.units = new Semaphore((int) Math.min(Integer.MAX_VALUE, budgetBytes / UNIT), true);
    }

    /** A third of the maximum heap. */
    static ExtractionBudget ofHeap() {
        return new ExtractionBudget(Runtime.getRuntime().maxMemory() / 3);
    }

    /** Waits until the extraction of bodies of this many bytes fits, then reserves its share. */
    Reservation reserve(long bodyBytes) {
        long needed = bodyBytes * BYTES_PER_BODY_BYTE;
        if (needed > budgetBytes) {
            throw new CrawlFailure(
                    FailureClass.TOO_LARGE,
                    "pages of "
                            + bodyBytes
                            + " bytes exceed what this instance can extract ("
                            + budgetBytes / BYTES_PER_BODY_BYTE
                            + " bytes)");
        }
        int count = (int) Math.max(1, needed / UNIT);
        units.acquireUninterruptibly(count);
        return () -> units.release(count);
    }

    /** Releases the reserved share when closed. */
    interface Reservation extends AutoCloseable {
        @Override
        void close();
    }
}
