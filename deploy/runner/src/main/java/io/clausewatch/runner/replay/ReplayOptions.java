package io.clausewatch.runner.replay;

import java.nio.file.Path;
import java.time.Duration;

/** Command-line options of {@code clausewatch replay}. */
record ReplayOptions(
        Path dir,
        Path report,
        String gatewayUrl,
        String crawlerUrl,
        String adminKey,
        int documents,
        java.util.Set<String> excluded,
        java.util.Set<String> only,
        int maxVersions,
        int serves,
        int parallel,
        Duration fetchTimeout,
        Duration settleTimeout,
        Duration changeSpacing,
        Integer warmUpVersions,
        Path dataDir) {

    static final String USAGE =
            """
            usage: clausewatch replay <dir> --report FILE [--url GATEWAY --admin-key KEY
                                      [--crawler-url URL]] [--documents N] [--exclude ID,ID]
                                      [--only ID,ID] [--max-versions N]
                                      [--serves N] [--parallel N] [--fetch-timeout SECONDS]
                                      [--settle-timeout SECONDS] [--change-spacing MS]
                                      [--warm-up N] [--data-dir DIR]

              <dir>                   an archive, as for clausewatch import
              --report FILE           where the JSON report is written
              --url GATEWAY           replay against a running Clausewatch instead of starting
                                      one (it must be able to reach 127.0.0.x and deliver to
                                      loopback); needs --admin-key, and --crawler-url when the
                                      crawler is not at http://127.0.0.1:8081
              --documents N           replay only the first N documents (by id)
              --exclude ID,ID         leave these documents out (platform/type ids)
              --only ID,ID            replay only these documents (platform/type ids)
              --max-versions N        replay only the first N versions of each document
              --serves N              fetches of each version, each with new chrome (default 2)
              --parallel N            documents replayed at once (default 4)
              --fetch-timeout S       how long a check request may take to reach the replay
                                      site before the document's replay fails (default 120)
              --settle-timeout S      how long to wait, after the last version was served,
                                      for everything to be recorded and delivered (default 180)
              --change-spacing MS     how long after its last fetch a page changes to its
                                      next version: the crawler's per-host delay
                                      (default 1000, as clausewatch.crawler.host-delay)
              --warm-up N             before the measured replay, send the first N versions
                                      of copies of the largest documents through the stack
                                      so that it is warm, as a long-running one is; left out
                                      of the report's figures (default 5 on a stack the
                                      replay starts, 0 with --url; 0 turns it off)
              --data-dir DIR          where the started stack keeps its data and logs
                                      (default target/replay-<time>)""";

    boolean startsStack() {
        return gatewayUrl == null;
    }

    /** The warm-up asked for, else the default: a started stack is cold, a running one is not. */
    int warmUpVersionsOrDefault() {
        if (warmUpVersions != null) {
            return warmUpVersions;
        }
        return startsStack() ? ReplaySettings.DEFAULT_WARM_UP_VERSIONS : 0;
    }

    static ReplayOptions parse(String[] args) {
        Builder b = new Builder();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--report" -> b.report = Path.of(value(args, ++i, arg));
                case "--url" -> b.gatewayUrl = value(args, ++i, arg);
                case "--crawler-url" -> b.crawlerUrl = value(args, ++i, arg);
                case "--admin-key" -> b.adminKey = value(args, ++i, arg);
                case "--documents" -> b.documents = positive(args, ++i, arg);
                case "--exclude" ->
                        b.excluded.addAll(java.util.List.of(value(args, ++i, arg).split(",")));
                case "--only" -> b.only.addAll(java.util.List.of(value(args, ++i, arg).split(",")));
                case "--max-versions" -> b.maxVersions = positive(args, ++i, arg);
                case "--serves" -> b.serves = positive(args, ++i, arg);
                case "--parallel" -> b.parallel = positive(args, ++i, arg);
                case "--fetch-timeout" ->
                        b.fetchTimeout = Duration.ofSeconds(positive(args, ++i, arg));
                case "--settle-timeout" ->
                        b.settleTimeout = Duration.ofSeconds(positive(args, ++i, arg));
                case "--change-spacing" ->
                        b.changeSpacing = Duration.ofMillis(nonNegative(args, ++i, arg));
                case "--warm-up" -> b.warmUpVersions = nonNegative(args, ++i, arg);
                case "--data-dir" -> b.dataDir = Path.of(value(args, ++i, arg));
                default -> {
                    if (arg.startsWith("-") || b.dir != null) {
                        throw new IllegalArgumentException("unexpected argument " + arg);
                    }
                    b.dir = Path.of(arg);
                }
            }
        }
        return b.build();
    }

    private static final class Builder {
        Path dir;
        Path report;
        String gatewayUrl;
        String crawlerUrl = "http://127.0.0.1:8081";
        String adminKey;
        int documents = Integer.MAX_VALUE;
        java.util.Set<String> excluded = new java.util.TreeSet<>();
        java.util.Set<String> only = new java.util.TreeSet<>();
        int maxVersions = Integer.MAX_VALUE;
        int serves = 2;
        int parallel = 4;
        Duration fetchTimeout = Duration.ofMinutes(2);
        Duration settleTimeout = Duration.ofMinutes(3);
        Duration changeSpacing = ReplaySettings.CRAWLER_HOST_DELAY;
        Integer warmUpVersions;
        Path dataDir;

        ReplayOptions build() {
            if (dir == null) {
                throw new IllegalArgumentException("the archive directory is missing");
            }
            if (report == null) {
                throw new IllegalArgumentException("--report FILE is required");
            }
            if (gatewayUrl != null && adminKey == null) {
                throw new IllegalArgumentException("--url needs --admin-key");
            }
            if (serves < 2) {
                throw new IllegalArgumentException("--serves must be at least 2");
            }
            return new ReplayOptions(
                    dir,
                    report,
                    gatewayUrl,
                    crawlerUrl,
                    adminKey,
                    documents,
                    java.util.Set.copyOf(excluded),
                    java.util.Set.copyOf(only),
                    maxVersions,
                    serves,
                    parallel,
                    fetchTimeout,
                    settleTimeout,
                    changeSpacing,
                    warmUpVersions,
                    dataDir);
        }
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static int nonNegative(String[] args, int i, String option) {
        String value = value(args, i, option);
        try {
            int n = Integer.parseInt(value);
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    option + " takes a number of 0 or more, not " + value);
        }
    }

    private static int positive(String[] args, int i, String option) {
        String value = value(args, i, option);
        try {
            int n = Integer.parseInt(value);
            if (n < 1) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " takes a positive number, not " + value);
        }
    }
}
