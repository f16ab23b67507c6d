package io.clausewatch.crawler.extract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The canonical form of extracted text: Unicode NFC, Unix line ends, no invisible characters, no
 * trailing spaces, at most one blank line in a row, one final line end. The same page always gives
 * the same bytes, so a hash comparison tells whether the text changed.
 */
public final class CanonicalText {

    private static final Pattern INVISIBLE =
            Pattern.compile("[\\u200B\\u200C\\u200D\\u2060\\uFEFF\\u00AD]");
    private static final Pattern ODD_SPACES =
            Pattern.compile("[\\u00A0\\u2007\\u202F\\u2009\\u200A\\t]");
    private static final Pattern TRAILING = Pattern.compile("[ ]+$", Pattern.MULTILINE);
    private static final Pattern BLANK_RUNS = Pattern.compile("\n{3,}");

    private CanonicalText() {}

    public static String of(String text) {
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFC);
        normalized = normalized.replace("\r\n", "\n").replace('\r', '\n');
        normalized = INVISIBLE.matcher(normalized).replaceAll("");
        normalized = ODD_SPACES.matcher(normalized).replaceAll(" ");
        normalized = TRAILING.matcher(normalized).replaceAll("");
        normalized = BLANK_RUNS.matcher(normalized).replaceAll("\n\n");
        normalized = normalized.strip();
        return normalized.isEmpty() ? "" : normalized + "\n";
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
