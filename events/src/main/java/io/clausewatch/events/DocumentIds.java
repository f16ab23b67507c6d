package io.clausewatch.events;

import java.util.regex.Pattern;

/**
 * Document ids have the form {@code platform/document-type}, for example {@code
 * zoom/privacy-policy}: lower-case letters, digits and hyphens on each side.
 */
public final class DocumentIds {

    private static final Pattern SEGMENT = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?");

    private DocumentIds() {}

    public static boolean isValidSegment(String segment) {
        return segment != null && SEGMENT.matcher(segment).matches();
    }

    public static boolean isValid(String documentId) {
        if (documentId == null) {
            return false;
        }
        int slash = documentId.indexOf('/');
        return slash > 0
                && isValidSegment(documentId.substring(0, slash))
                && isValidSegment(documentId.substring(slash + 1));
    }

    public static String of(String platform, String documentType) {
        String id = platform + "/" + documentType;
        if (!isValid(id)) {
            throw new IllegalArgumentException("not a document id: " + id);
        }
        return id;
    }

    public static String platform(String documentId) {
        return documentId.substring(0, documentId.indexOf('/'));
    }

    public static String documentType(String documentId) {
        return documentId.substring(documentId.indexOf('/') + 1);
    }
}
