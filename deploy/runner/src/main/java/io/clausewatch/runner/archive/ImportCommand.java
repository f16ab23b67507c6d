package io.clausewatch.runner.archive;

import java.nio.file.Path;

/**
 * {@code clausewatch import <dir>}: validates a whole archive, then imports it into a running
 * Clausewatch. Exit codes: 0 imported, 1 the archive is invalid or a service refused, 2 usage.
 */
public final class ImportCommand {

    static final String USAGE =
            """
            usage: clausewatch import <dir> [--diff-url URL] [--crawler-url URL] [--alert]

              <dir>              an archive: <service>/<type>/versions/<time>.md (with an
                                 optional manifest.json) or <service>/<type>/<date>.md
              --diff-url URL     the diff service (default http://127.0.0.1:8082)
              --crawler-url URL  the crawler service (default http://127.0.0.1:8081)
              --alert            alert subscribers of the imported changes (by default they
                                 are marked historical and not delivered)
            Importing the same archive again changes nothing.""";

    private ImportCommand() {}

    record Options(Path dir, String diffUrl, String crawlerUrl, boolean alert) {

        static Options parse(String[] args) {
            Path dir = null;
            String diffUrl = "http://127.0.0.1:8082";
            String crawlerUrl = "http://127.0.0.1:8081";
            boolean alert = false;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--diff-url" -> diffUrl = value(args, ++i, "--diff-url");
                    case "--crawler-url" -> crawlerUrl = value(args, ++i, "--crawler-url");
                    case "--alert" -> alert = true;
                    default -> {
                        if (args[i].startsWith("-") || dir != null) {
                            throw new IllegalArgumentException("unexpected argument " + args[i]);
                        }
                        dir = Path.of(args[i]);
                    }
                }
            }
            if (dir == null) {
                throw new IllegalArgumentException("the archive directory is missing");
            }
            return new Options(dir, diffUrl, crawlerUrl, alert);
        }
    }

    public static int run(String[] args) {
        quietLibraryLogs();
        if (args.length > 0 && (args[0].equals("-h") || args[0].equals("--help"))) {
            System.out.println(USAGE);
            return 0;
        }
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("clausewatch import: " + e.getMessage());
            System.err.println(USAGE);
            return 2;
        }
        Archive archive;
        try {
            archive = ArchiveReader.read(options.dir());
        } catch (ArchiveException e) {
            System.err.println("clausewatch import: nothing imported; " + e.getMessage());
            return 1;
        }
        System.err.printf(
                "Importing %d documents, %d versions from %s%n",
                archive.documents().size(), archive.versionCount(), archive.root());
        Importer importer =
                new Importer(
                        new ServiceClient(options.crawlerUrl(), null),
                        new ServiceClient(options.diffUrl(), null),
                        options.alert());
        ProgressBar progress = new ProgressBar(System.err, "versions", archive.versionCount());
        try {
            System.out.println(importer.run(archive, progress).describe());
            return 0;
        } catch (Importer.ImportException | ServiceClient.ServiceException e) {
            progress.finish();
            System.err.println("clausewatch import failed: " + e.getMessage());
            System.err.println(
                    "Versions sent before the failure are kept; run the same"
                            + " command again to complete the import.");
            return 1;
        }
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    /** The Kafka and Postgres clients log every setting at info; the progress line is enough. */
    private static void quietLibraryLogs() {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
    }
}
