package io.clausewatch.runner.replay;

import java.time.Instant;

/** One request for a document's page, with the archive position it was answered with. */
public record Fetch(String documentId, int position, Instant at) {}
