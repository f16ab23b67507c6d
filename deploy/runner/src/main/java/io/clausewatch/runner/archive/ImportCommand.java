package io.clausewatch.runner.archive;

/** {@code clausewatch import <dir>}: being written; answers with a clear error until then. */
public final class ImportCommand {

    private ImportCommand() {}

    public static int run(String[] args) {
        System.err.println("clausewatch import: not available in this build");
        return 2;
    }
}
