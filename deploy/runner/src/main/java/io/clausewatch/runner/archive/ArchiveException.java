package io.clausewatch.runner.archive;

import java.util.List;

/** The archive cannot be imported; each problem names the file and what is wrong with it. */
public final class ArchiveException extends RuntimeException {

    private final List<String> problems;

    public ArchiveException(List<String> problems) {
        super(
                problems.size()
                        + (problems.size() == 1 ? " problem" : " problems")
                        + " in the archive:\n  "
                        + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
