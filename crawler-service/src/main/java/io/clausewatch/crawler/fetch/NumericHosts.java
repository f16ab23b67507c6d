package io.clausewatch.crawler.fetch;

import java.util.Optional;

/**
 * Reads a host written as an IPv4 number the way classic resolvers ({@code inet_aton}) do: one to
 * four parts, each decimal, octal (leading 0) or hexadecimal (leading 0x), the last part filling
 * the remaining bytes. {@code 2130706433}, {@code 0x7f.1} and {@code 0177.0.0.1} are all 127.0.0.1.
 */
final class NumericHosts {

    private NumericHosts() {}

    static Optional<byte[]> parseIpv4(String host) {
        String[] parts =
                host.endsWith(".")
                        ? host.substring(0, host.length() - 1).split("\\.", -1)
                        : host.split("\\.", -1);
        if (parts.length == 0 || parts.length > 4) {
            return Optional.empty();
        }
        long[] values = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            Long value = parsePart(parts[i]);
            if (value == null) {
                return Optional.empty();
            }
            values[i] = value;
        }
        return combine(values);
    }

    private static Long parsePart(String part) {
        try {
            if (part.isEmpty()) {
                return null;
            }
            String lower = part.toLowerCase();
            if (lower.startsWith("0x")) {
                return lower.length() == 2 ? 0L : Long.parseLong(lower.substring(2), 16);
            }
            if (lower.length() > 1 && lower.startsWith("0")) {
                return Long.parseLong(lower.substring(1), 8);
            }
            return Long.parseLong(lower, 10);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Optional<byte[]> combine(long[] values) {
        int last = values.length - 1;
        long address = 0;
        for (int i = 0; i < last; i++) {
            if (values[i] > 0xff) {
                return Optional.empty();
            }
            address |= values[i] << (8 * (3 - i));
        }
        long limit = (1L << (8 * (4 - last))) - 1;
        if (values[last] > limit) {
            return Optional.empty();
        }
        address |= values[last];
        return Optional.of(
                new byte[] {
                    (byte) (address >>> 24),
                    (byte) (address >>> 16),
                    (byte) (address >>> 8),
                    (byte) address
                });
    }
}
