package io.clausewatch.diff.analysis;

import java.time.Instant;
import java.util.List;

/** Verifies a document's stored chain: every text hash and every link recomputed in order. */
public final class HashChainCheck {

    /** One stored version as the check reads it. */
    public record Link(
            int number,
            Instant capturedAt,
            String text,
            String textSha256,
            String previousHash,
            String chainHash) {}

    /**
     * @param firstBroken the first version whose text or link does not verify, null when valid
     * @param reason what is wrong with it, null when valid
     */
    public record Result(
            String documentId,
            int versions,
            boolean valid,
            Integer firstBroken,
            String reason,
            String head) {}

    private HashChainCheck() {}

    public static Result verify(String documentId, List<Link> links) {
        String previous = HashChain.GENESIS;
        int expected = 1;
        for (Link link : links) {
            String reason = problem(documentId, link, previous, expected);
            if (reason != null) {
                return new Result(documentId, links.size(), false, link.number(), reason, null);
            }
            previous = link.chainHash();
            expected++;
        }
        return new Result(
                documentId, links.size(), true, null, null, links.isEmpty() ? null : previous);
    }

    private static String problem(String documentId, Link link, String previous, int expected) {
        if (link.number() != expected) {
            return "version " + expected + " is missing";
        }
        if (!HashChain.sha256(link.text()).equals(link.textSha256())) {
            return "text does not match its stored hash";
        }
        if (!previous.equals(link.previousHash())) {
            return "previous hash does not match the chain";
        }
        String recomputed =
                HashChain.link(
                        previous, documentId, link.number(), link.capturedAt(), link.textSha256());
        return recomputed.equals(link.chainHash())
                ? null
                : "chain hash does not match its contents";
    }
}
