package io.clausewatch.runner.archive;

import java.time.Duration;
import java.util.List;

/**
 * What an import did, counted as it went.
 *
 * @param redated the versions placed one second after their predecessor because the archive dates
 *     them earlier (see {@link ArchiveVersion#redated()}), one line each
 */
public record ImportSummary(
        int documents,
        int catalogCreated,
        int catalogExisting,
        int catalogWithoutAddress,
        int versionsImported,
        int versionsAlreadyPresent,
        List<String> redated,
        Duration took) {

    public ImportSummary {
        redated = List.copyOf(redated);
    }

    public String describe() {
        StringBuilder text =
                new StringBuilder(
                        """
                        Imported %d documents in %.1f s:
                          versions     %d new, %d already present
                          catalog      %d entries created, %d already there, %d without an \
                        address (not registered)"""
                                .formatted(
                                        documents,
                                        took.toMillis() / 1000.0,
                                        versionsImported,
                                        versionsAlreadyPresent,
                                        catalogCreated,
                                        catalogExisting,
                                        catalogWithoutAddress));
        if (!redated.isEmpty()) {
            text.append("\n  redated      ")
                    .append(redated.size())
                    .append(
                            " version(s) dated earlier than a version before them in the"
                                    + " archive's order, placed one second after their"
                                    + " predecessor:");
            redated.forEach(line -> text.append("\n    ").append(line));
        }
        return text.toString();
    }
}
