package io.clausewatch.diff.service;

import io.clausewatch.diff.analysis.HashChain;

/**
 * Stable provision ids, given once when a provision first appears and inherited by its successors.
 * Derived from where it appeared, so replaying the same history gives the same ids.
 */
public final class ProvisionIds {

    private ProvisionIds() {}

    public static String of(String documentId, int version, int ordinal) {
        return "p-"
                + HashChain.sha256(documentId + "\n" + version + "\n" + ordinal).substring(0, 20);
    }
}
