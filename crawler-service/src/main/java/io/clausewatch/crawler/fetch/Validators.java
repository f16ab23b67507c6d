package io.clausewatch.crawler.fetch;

/** The validators of a previous response, sent back for a conditional GET. */
public record Validators(String etag, String lastModified) {

    public static final Validators NONE = new Validators(null, null);

    public boolean isEmpty() {
        return etag == null && lastModified == null;
    }
}
