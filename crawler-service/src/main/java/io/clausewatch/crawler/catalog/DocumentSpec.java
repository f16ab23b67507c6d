package io.clausewatch.crawler.catalog;

import io.clausewatch.events.DocumentIds;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

/**
 * A validated document declaration, from a catalog file or the API.
 *
 * @param checked a note saying against which real page the selectors were checked, or null
 */
public record DocumentSpec(
        String platform,
        String type,
        String name,
        List<String> urls,
        List<String> select,
        List<String> remove,
        Duration interval,
        String language,
        String region,
        String checked) {

    public DocumentSpec {
        urls = List.copyOf(urls);
        select = select == null ? List.of() : List.copyOf(select);
        remove = remove == null ? List.of() : List.copyOf(remove);
    }

    public String id() {
        return DocumentIds.of(platform, type);
    }

    /** Identifies the declaration's content, to tell whether a catalog file changed it. */
    public String contentHash() {
        String canonical =
                String.join(
                        "\u001f",
                        name,
                        String.join("\u001e", urls),
                        String.join("\u001e", select),
                        String.join("\u001e", remove),
                        interval.toString(),
                        String.valueOf(language),
                        String.valueOf(region),
                        String.valueOf(checked));
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256")
                            .digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
