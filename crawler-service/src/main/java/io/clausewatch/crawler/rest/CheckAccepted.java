package io.clausewatch.crawler.rest;

import java.time.Instant;

/** A "check now" order was queued. */
public record CheckAccepted(String documentId, Instant requestedAt) {}
