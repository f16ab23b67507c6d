package io.clausewatch.kit.net;

import java.util.Locale;

/**
 * Reads the numeric IPv4 spellings that resolvers accept besides dotted decimal: one to four parts,
 * each decimal, octal (leading zero) or hexadecimal ({@code 0x}), the last part filling the
 * remaining bytes ({@code 2130706433}, {@code 0177.1}, {@code 0x7f.0.0.1}, {@code 127.1}). A guard
 * must read a host the way the resolver will, or {@code http://2130706433/} slips past it as a
 * name.
 */
public final class Ipv4Literals {

    private Ipv4Literals() {}

    /** The four bytes a numeric host spells, or null when the host is not numeric. */
    public static byte[] parse(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        if (h.isEmpty() || !h.matches("[0-9a-fx.]+") || !Character.isDigit(h.charAt(0))) {
            return null;
        }
        String[] parts = h.split("\\.", -1);
        if (parts.length > 4) {
            return null;
        }
        long[] values = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            Long value = parsePart(parts[i]);
            if (value == null) {
                return null;
            }
            values[i] = value;
        }
        return assemble(values);
    }

    /** True when the host is written as plain dotted decimal with four parts. */
    public static boolean isDottedDecimal(String host) {
        return host.matches(
                "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    }

    private static Long parsePart(String part) {
        try {
            if (part.startsWith("0x")) {
                return part.length() == 2 ? 0L : Long.parseLong(part.substring(2), 16);
            }
            if (part.length() > 1 && part.startsWith("0")) {
                return Long.parseLong(part.substring(1), 8);
            }
            return Long.parseLong(part);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static byte[] assemble(long[] values) {
        int last = values.length - 1;
        for (int i = 0; i < last; i++) {
            if (values[i] > 0xff) {
                return null;
            }
        }
        int lastBytes = 4 - last;
        if (values[last] >= (1L << (8 * lastBytes))) {
            return null;
        }
        byte[] bytes = new byte[4];
        for (int i = 0; i < last; i++) {
            bytes[i] = (byte) values[i];
        }
        for (int i = 0; i < lastBytes; i++) {
            bytes[3 - i] = (byte) (values[last] >>> (8 * i));
        }
        return bytes;
    }
}
