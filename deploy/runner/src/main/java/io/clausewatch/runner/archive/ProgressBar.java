package io.clausewatch.runner.archive;

import java.io.PrintStream;

/**
 * A one-line progress display on a terminal stream, redrawn in place at most a few times a second;
 * {@link #finish()} ends the line.
 */
public final class ProgressBar {

    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintStream out;
    private final String unit;
    private final long total;
    private long lastDrawn;

    public ProgressBar(PrintStream out, String unit, long total) {
        this.out = out;
        this.unit = unit;
        this.total = Math.max(total, 0);
    }

    /** Redraws the line if enough time has passed since the last time, or when done. */
    public synchronized void update(long done, String note) {
        long now = System.nanoTime();
        if (done < total && now - lastDrawn < REDRAW_NANOS) {
            return;
        }
        lastDrawn = now;
        out.print("\r" + line(done, total, unit, note) + "\u001b[K");
        out.flush();
    }

    public synchronized void finish() {
        out.println();
        out.flush();
    }

    /** The text of the line, for example {@code [#####.....] 50/100 versions zoom/tos}. */
    static String line(long done, long total, String unit, String note) {
        int filled = total == 0 ? WIDTH : (int) Math.min(WIDTH, done * WIDTH / total);
        return "["
                + "#".repeat(filled)
                + ".".repeat(WIDTH - filled)
                + "] "
                + done
                + "/"
                + total
                + " "
                + unit
                + (note == null || note.isEmpty() ? "" : "  " + note);
    }
}
