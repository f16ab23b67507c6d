/**
 * The crawl itself: loading the catalog, scheduling due documents, ordering fetches, crawling a
 * document and recording what came of it (snapshot, unchanged, failure, recovery) with its events.
 */
package io.clausewatch.crawler.service;
