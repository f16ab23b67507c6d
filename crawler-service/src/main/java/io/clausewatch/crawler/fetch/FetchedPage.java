package io.clausewatch.crawler.fetch;

import java.net.URI;

/**
 * The outcome of one conditional GET.
 *
 * @param finalUri where the body came from after redirects
 * @param notModified true when the server answered 304; {@code body} is then null
 * @param body the decoded (decompressed) body
 * @param contentType the Content-Type header, or null when the server sent none
 */
public record FetchedPage(
        URI finalUri,
        boolean notModified,
        byte[] body,
        String contentType,
        String etag,
        String lastModified) {

    public Validators validators() {
        return new Validators(etag, lastModified);
    }
}
