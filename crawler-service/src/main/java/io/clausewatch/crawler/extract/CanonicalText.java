package io.clausewatch.crawler.extract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/**
 * The canonical form of extracted text: Unicode NFC, Unix line ends, no invisible characters, no
 * trailing spaces, at most one blank line in a row, one final line end. The same page always gives
 * the same bytes, so a hash comparison tells whether the text changed. Runs of more than {@value
 * #MAX_MARKS_IN_A_ROW} combining marks are cut to that length, as in Unicode's stream-safe text
 * format (UAX #15): no script stacks that many, and a base letter carrying tens of thousands of
 * them makes every word-boundary test downstream scan back over the whole run.
 *
 * <p>One pass over the characters rather than a chain of regular expressions: a trailing-space
 * pattern backtracks over every run of spaces, which is quadratic in the long padded rows of
 * Markdown tables; on the development corpus it took three quarters of the extraction time.
 */
public final class CanonicalText {

    static final int MAX_MARKS_IN_A_ROW = 30;

    private CanonicalText() {}

    public static String of(String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(composed.length() + 1);
        int pendingSpaces = 0;
        int lineEnds = 0;
        int marks = 0;
        for (int i = 0; i < composed.length(); i++) {
            char c = composed.charAt(i);
            if (c == '\r') {
                if (i + 1 < composed.length() && composed.charAt(i + 1) == '\n') {
                    continue;
                }
                c = '\n';
            }
            if (isInvisible(c)) {
                continue;
            }
            if (isCombiningMark(c)) {
                if (++marks > MAX_MARKS_IN_A_ROW) {
                    continue;
                }
            } else {
                marks = 0;
            }
            if (c == ' ' || isOddSpace(c)) {
                pendingSpaces++;
                continue;
            }
            if (isLineTerminator(c)) {
                pendingSpaces = 0;
            } else {
                out.repeat(' ', pendingSpaces);
                pendingSpaces = 0;
            }
            if (c == '\n') {
                if (lineEnds < 2) {
                    out.append(c);
                }
                lineEnds++;
            } else {
                out.append(c);
                lineEnds = 0;
            }
        }
        String canonical = out.toString().strip();
        // Dropping a character can bring a letter and its mark together again ("e", zero-width
        // joiner, acute accent), which NFC composes; the pass above has bounded the marks.
        if (!Normalizer.isNormalized(canonical, Normalizer.Form.NFC)) {
            canonical = Normalizer.normalize(canonical, Normalizer.Form.NFC);
        }
        return canonical.isEmpty() ? "" : canonical + "\n";
    }

    /** Zero-width characters, the byte-order mark and the soft hyphen. */
    private static boolean isInvisible(char c) {
        return c == '\u200B'
                || c == '\u200C'
                || c == '\u200D'
                || c == '\u2060'
                || c == '\uFEFF'
                || c == '\u00AD';
    }

    private static boolean isCombiningMark(char c) {
        if (c < '\u0300') {
            return false;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    /** No-break, figure, narrow, thin and hair spaces and tabs, all read as a plain space. */
    private static boolean isOddSpace(char c) {
        return c == '\u00A0'
                || c == '\u2007'
                || c == '\u202F'
                || c == '\u2009'
                || c == '\u200A'
                || c == '\t';
    }

    /** Ends a line for trailing-space removal (as a multi-line {@code $} would). */
    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
