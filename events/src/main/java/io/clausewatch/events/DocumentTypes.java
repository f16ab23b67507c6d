package io.clausewatch.events;

import java.util.List;

/**
 * The fixed vocabulary of document types, the second half of every document id. The crawler
 * validates its catalog against it and the history import checks archives against it.
 */
public final class DocumentTypes {

    public static final List<String> ALL =
            List.of(
                    "terms-of-service",
                    "privacy-policy",
                    "ai-terms",
                    "acceptable-use-policy",
                    "cookie-policy",
                    "data-processing-agreement",
                    "community-guidelines",
                    "commercial-terms",
                    "developer-terms",
                    "copyright-policy",
                    "subprocessors",
                    "children-privacy-policy",
                    "advertising-policy",
                    "law-enforcement-guidelines",
                    "service-terms",
                    "usage-policy");

    private DocumentTypes() {}

    public static boolean isKnown(String type) {
        return ALL.contains(type);
    }
}
