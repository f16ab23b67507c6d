package io.clausewatch.diff.rest;

import java.time.Instant;

/**
 * One historical version to import.
 *
 * @param historical defaults to true: imported versions never alert
 */
public record ImportRequest(String text, Instant capturedAt, Boolean historical) {}
