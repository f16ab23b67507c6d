package io.clausewatch.runner;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/** Command-line options of {@code clausewatch up}. */
record UpOptions(
        Path home,
        Path dataDir,
        Map<ServiceName, Integer> ports,
        int kafkaPort,
        int postgresPort,
        boolean help) {

    static final String USAGE =
            """
            usage: clausewatch up [--data-dir DIR] [--gateway-port N] [--crawler-port N]
                                  [--diff-port N] [--alert-port N] [--kafka-port N]
                                  [--postgres-port N]

              --data-dir DIR   where Kafka, Postgres and the logs keep their data
                               (default: $CLAUSEWATCH_DATA_DIR, else ~/.clausewatch,
                               or /var/lib/clausewatch when run as root)
              ports            gateway 8080, crawler 8081, diff 8082, alert 8083,
                               Kafka 19092, Postgres 15432
            Servers named by KAFKA_BOOTSTRAP_SERVERS and CLAUSEWATCH_JDBC_URL
            (with CLAUSEWATCH_DB_USER, CLAUSEWATCH_DB_PASSWORD) are used instead of the
            embedded ones. CLAUSEWATCH_ADMIN_KEY sets the bootstrap admin API key.""";

    static UpOptions parse(String[] args) {
        Path home = Path.of(System.getProperty("clausewatch.home", ".")).toAbsolutePath();
        Path dataDir = defaultDataDir();
        Map<ServiceName, Integer> ports = Main.defaultPorts();
        int kafkaPort = 19092;
        int postgresPort = 15432;
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            ServiceName service = servicePortOption(arg);
            if (service != null) {
                ports.put(service, port(args, ++i, arg));
                continue;
            }
            switch (arg) {
                case "-h", "--help" -> help = true;
                case "--data-dir" -> dataDir = Path.of(value(args, ++i, arg)).toAbsolutePath();
                case "--kafka-port" -> kafkaPort = port(args, ++i, arg);
                case "--postgres-port" -> postgresPort = port(args, ++i, arg);
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        return new UpOptions(home, dataDir, new EnumMap<>(ports), kafkaPort, postgresPort, help);
    }

    private static ServiceName servicePortOption(String arg) {
        for (ServiceName service : ServiceName.values()) {
            if (service.portOption().equals(arg)) {
                return service;
            }
        }
        return null;
    }

    private static Path defaultDataDir() {
        String configured = System.getenv("CLAUSEWATCH_DATA_DIR");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath();
        }
        if ("root".equals(System.getProperty("user.name"))) {
            // Postgres runs as the postgres user, which cannot enter root's home.
            return Path.of("/var/lib/clausewatch");
        }
        return Path.of(System.getProperty("user.home"), ".clausewatch");
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static int port(String[] args, int i, String option) {
        String value = value(args, i, option);
        try {
            int port = Integer.parseInt(value);
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " takes a port number, not " + value);
        }
    }
}
