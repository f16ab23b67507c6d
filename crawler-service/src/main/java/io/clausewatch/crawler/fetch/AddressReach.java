package io.clausewatch.crawler.fetch;

import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * Where an address leads, as far as the {@link AddressGuard} cares. Only {@link #PUBLIC} is fetched
 * in production; {@link #LOCAL} is opened for local development; the others are never fetched.
 * IPv4-mapped and IPv4-compatible IPv6 addresses are judged by the IPv4 address they carry.
 */
enum AddressReach {
    PUBLIC("a public address"),
    LOCAL("a loopback or private-network address"),
    METADATA("a cloud metadata address"),
    LINK_LOCAL("a link-local address"),
    RESERVED("an unspecified, multicast or reserved address");

    private final String description;

    AddressReach(String description) {
        this.description = description;
    }

    String description() {
        return description;
    }

    static AddressReach of(InetAddress address) {
        byte[] b = address.getAddress();
        return address instanceof Inet6Address ? ofIpv6(b) : ofIpv4(b);
    }

    private static AddressReach ofIpv4(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        if (isIpv4MetadataService(b)) {
            return METADATA;
        }
        if (first == 169 && second == 254) {
            return LINK_LOCAL;
        }
        if (first == 127
                || first == 10
                || (first == 172 && second >= 16 && second <= 31)
                || (first == 192 && second == 168)
                || (first == 100 && second >= 64 && second <= 127)) {
            return LOCAL;
        }
        boolean reserved =
                first == 0
                        || (first == 192 && second == 0 && (b[2] & 0xff) == 0)
                        || (first == 198 && (second == 18 || second == 19))
                        || first >= 224;
        return reserved ? RESERVED : PUBLIC;
    }

    /**
     * 169.254.169.254 (AWS, GCP, Azure, OCI), 100.100.100.200 (Alibaba, inside the carrier-grade
     * NAT range that allow-private opens), 192.0.0.192 (older OCI) and 168.63.129.16 (Azure's
     * platform endpoint, a public-looking address).
     */
    private static boolean isIpv4MetadataService(byte[] b) {
        int[] a = {b[0] & 0xff, b[1] & 0xff, b[2] & 0xff, b[3] & 0xff};
        return (a[0] == 169 && a[1] == 254 && a[2] == 169 && a[3] == 254)
                || (a[0] == 100 && a[1] == 100 && a[2] == 100 && a[3] == 200)
                || (a[0] == 192 && a[1] == 0 && a[2] == 0 && a[3] == 192)
                || (a[0] == 168 && a[1] == 63 && a[2] == 129 && a[3] == 16);
    }

    private static AddressReach ofIpv6(byte[] b) {
        if (isZero(b, 0, 15)) {
            return b[15] == 1 ? LOCAL : RESERVED; // ::1 loopback, :: unspecified
        }
        if (carriesIpv4(b)) {
            return ofIpv4(new byte[] {b[12], b[13], b[14], b[15]});
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        if (first == 0xfd && second == 0x00 && (b[2] & 0xff) == 0x0e && (b[3] & 0xff) == 0xc2) {
            return METADATA; // fd00:ec2::/32, the AWS metadata service over IPv6
        }
        if (first == 0xfe && (second & 0xc0) == 0x80) {
            return LINK_LOCAL;
        }
        if ((first & 0xfe) == 0xfc || (first == 0xfe && (second & 0xc0) == 0xc0)) {
            return LOCAL; // unique local fc00::/7, deprecated site-local fec0::/10
        }
        // Only 2000::/3 is global unicast; NAT64 (64:ff9b::/96) and documentation prefixes are
        // refused as before, the former because it may carry any IPv4 address.
        boolean documentation = first == 0x20 && second == 0x01 && b[2] == 0 && b[3] == 0x0d;
        return (first & 0xe0) != 0x20 || documentation ? RESERVED : PUBLIC;
    }

    /** IPv4-mapped (::ffff:a.b.c.d) or IPv4-compatible (::a.b.c.d). */
    private static boolean carriesIpv4(byte[] b) {
        if (!isZero(b, 0, 10)) {
            return false;
        }
        boolean mapped = (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean compatible = b[10] == 0 && b[11] == 0;
        return mapped || compatible;
    }

    private static boolean isZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
