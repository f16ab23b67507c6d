package io.clausewatch.runner.archive;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Turns archive names into Clausewatch id segments: "Terms of Service" becomes {@code
 * terms-of-service}, "Le Chat (Mistral)" becomes {@code le-chat-mistral}.
 */
public final class Slugs {

    private static final int MAX_LENGTH = 64;

    private Slugs() {}

    public static String of(String name) {
        String plain =
                Normalizer.normalize(name, Normalizer.Form.NFKD)
                        .replaceAll("\\p{M}", "")
                        .toLowerCase(Locale.ROOT);
        String slug = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return slug;
    }
}
