package io.clausewatch.crawler.service;

import io.clausewatch.crawler.extract.RawPage;

/**
 * One URL of a crawl: its raw page (fetched now, or from the archive after a 304) and the
 * validators to store.
 *
 * @param fresh true when the body was downloaded in this crawl and may need archiving
 */
record PageResult(
        String url,
        String rawSha256,
        RawPage page,
        String etag,
        String lastModified,
        boolean fresh) {}
