package io.clausewatch.runner.archive;

import io.clausewatch.events.DocumentTypes;
import java.util.Map;

/**
 * Maps an archive's document type names to Clausewatch document types. Most names map by their slug
 * ("Terms of Service" is {@code terms-of-service}); the names Open Terms Archive uses for a type
 * Clausewatch calls differently map through {@link #ALIASES}.
 *
 * <p>Types are checked against the vocabulary the crawler uses ({@link DocumentTypes}), so a whole
 * archive is checked before anything is imported.
 */
public final class DocumentTypeNames {

    static final Map<String, String> ALIASES =
            Map.ofEntries(
                    Map.entry("data-processor-agreement", "data-processing-agreement"),
                    Map.entry("data-processing-addendum", "data-processing-agreement"),
                    Map.entry("trackers-policy", "cookie-policy"),
                    Map.entry("copyright-claims-policy", "copyright-policy"),
                    Map.entry("list-of-subprocessors", "subprocessors"),
                    Map.entry("generative-ai-policy", "ai-terms"),
                    Map.entry("terms-of-use", "terms-of-service"),
                    Map.entry("children-s-privacy-policy", "children-privacy-policy"),
                    Map.entry("privacy-policy-for-children", "children-privacy-policy"),
                    Map.entry("user-consent-policy", "cookie-policy"));

    private DocumentTypeNames() {}

    /** The Clausewatch type for a name or folder; not necessarily a known one. */
    public static String typeId(String name) {
        String slug = Slugs.of(name);
        return ALIASES.getOrDefault(slug, slug);
    }

    public static boolean isKnown(String type) {
        return DocumentTypes.isKnown(type);
    }
}
