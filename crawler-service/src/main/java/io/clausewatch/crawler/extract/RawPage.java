package io.clausewatch.crawler.extract;

/** A fetched body with what is needed to read it: where it came from and its declared type. */
public record RawPage(String url, String contentType, byte[] body) {}
