package io.clausewatch.runner.archive;

import java.util.List;

/**
 * One document of an archive with its versions in history order.
 *
 * @param platform the platform id, from the service folder
 * @param type the document type id, such as {@code terms-of-service}
 * @param platformName the service's display name
 * @param typeName the document type as the archive names it, such as "Terms of Service"
 * @param urls the document's public addresses; empty when the archive does not give them
 */
public record ArchiveDocument(
        String platform,
        String type,
        String platformName,
        String typeName,
        List<String> urls,
        List<ArchiveVersion> versions) {

    public ArchiveDocument {
        urls = List.copyOf(urls);
        versions = List.copyOf(versions);
    }

    public String id() {
        return platform + "/" + type;
    }

    /** The same document cut to its first {@code max} versions. */
    public ArchiveDocument firstVersions(int max) {
        if (versions.size() <= max) {
            return this;
        }
        return new ArchiveDocument(
                platform, type, platformName, typeName, urls, versions.subList(0, max));
    }
}
