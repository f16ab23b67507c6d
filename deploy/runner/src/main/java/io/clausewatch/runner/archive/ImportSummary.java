package io.clausewatch.runner.archive;

import java.time.Duration;

/** What an import did, counted as it went. */
public record ImportSummary(
        int documents,
        int catalogCreated,
        int catalogExisting,
        int catalogWithoutAddress,
        int versionsImported,
        int versionsAlreadyPresent,
        Duration took) {

    public String describe() {
        return """
                Imported %d documents in %.1f s:
                  versions     %d new, %d already present
                  catalog      %d entries created, %d already there, %d without an address (not \
                registered)"""
                .formatted(
                        documents,
                        took.toMillis() / 1000.0,
                        versionsImported,
                        versionsAlreadyPresent,
                        catalogCreated,
                        catalogExisting,
                        catalogWithoutAddress);
    }
}
