package io.clausewatch.crawler.service;

/**
 * The database failed while a crawl read from it: not the page's fault, so it is never recorded as
 * the document's crawl failure. The crawl is tried again by whoever ordered it.
 */
public class StoreFailure extends RuntimeException {

    public StoreFailure(Throwable cause) {
        super("the crawl store failed: " + cause.getMessage(), cause);
    }
}
