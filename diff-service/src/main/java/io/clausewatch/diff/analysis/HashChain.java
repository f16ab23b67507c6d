package io.clausewatch.diff.analysis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The tamper-evident chain over a document's versions: each link hashes the previous link, the
 * document id, the version number, the capture time and the hash of the text.
 */
public final class HashChain {

    /** The link that precedes version 1. */
    public static final String GENESIS = "0".repeat(64);

    private HashChain() {}

    public static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public static String link(
            String previous, String documentId, int number, Instant capturedAt, String textSha256) {
        return sha256(
                String.join(
                        "\n",
                        previous,
                        documentId,
                        Integer.toString(number),
                        capturedAt.toString(),
                        textSha256));
    }
}
