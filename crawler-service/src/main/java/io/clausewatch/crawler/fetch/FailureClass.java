package io.clausewatch.crawler.fetch;

import java.util.Locale;

/** Why a document could not be captured; the lower-case name travels in {@code CrawlFailed}. */
public enum FailureClass {
    DNS,
    CONNECT,
    TIMEOUT,
    TLS,
    HTTP_STATUS,
    ROBOTS,
    SELECTOR_MISSING,
    EMPTY,
    TOO_LARGE,
    UNSUPPORTED_TYPE,
    INVALID_URL,
    INTERNAL;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
