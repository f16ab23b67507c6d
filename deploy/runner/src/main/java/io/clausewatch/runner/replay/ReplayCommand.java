package io.clausewatch.runner.replay;

/** {@code clausewatch replay <dir>}: being written; answers with a clear error until then. */
public final class ReplayCommand {

    private ReplayCommand() {}

    public static int run(String[] args) {
        System.err.println("clausewatch replay: not available in this build");
        return 2;
    }
}
