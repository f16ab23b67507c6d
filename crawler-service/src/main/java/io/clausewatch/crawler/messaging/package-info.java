/** Kafka consumers of the crawler: fetch orders from {@code crawl.requests}. */
package io.clausewatch.crawler.messaging;
