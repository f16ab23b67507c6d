package io.clausewatch.kit.net;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.Set;

/**
 * Sorts IP addresses into {@link AddressClass classes}. IPv6 forms that carry an IPv4 address
 * (mapped, compatible, NAT64, 6to4) are judged by the address they carry. Written here rather than
 * taken from a library: {@link InetAddress}'s own tests miss carrier-grade NAT, metadata services,
 * reserved ranges and embedded IPv4, and the guards need one precise answer per address.
 */
public final class AddressClassifier {

    /** Names of cloud metadata services, refused whatever they resolve to. */
    private static final Set<String> METADATA_HOST_NAMES =
            Set.of(
                    "metadata",
                    "metadata.google.internal",
                    "metadata.goog",
                    "metadata.azure.com",
                    "instance-data",
                    "instance-data.ec2.internal");

    private AddressClassifier() {}

    /** True for the host names of cloud metadata services (lower case, without a trailing dot). */
    public static boolean isMetadataHostName(String host) {
        return METADATA_HOST_NAMES.contains(host);
    }

    public static AddressClass classify(InetAddress address) {
        byte[] bytes = address.getAddress();
        return address instanceof Inet6Address ? classifyV6(bytes) : classifyV4(bytes);
    }

    /** The class of the four bytes of an IPv4 address. */
    public static AddressClass classifyV4(byte[] b) {
        int a0 = b[0] & 0xff;
        int a1 = b[1] & 0xff;
        int a2 = b[2] & 0xff;
        int a3 = b[3] & 0xff;
        if (isMetadataV4(a0, a1, a2, a3)) {
            return AddressClass.METADATA;
        }
        if (a0 == 0) {
            return AddressClass.UNSPECIFIED;
        }
        if (a0 == 127) {
            return AddressClass.LOOPBACK;
        }
        if (a0 == 10 || (a0 == 172 && (a1 & 0xf0) == 16) || (a0 == 192 && a1 == 168)) {
            return AddressClass.PRIVATE;
        }
        if (a0 == 169 && a1 == 254) {
            return AddressClass.LINK_LOCAL;
        }
        if (a0 == 100 && (a1 & 0xc0) == 64) {
            return AddressClass.CGNAT;
        }
        if (a0 >= 224) {
            return a0 < 240 || (a0 == 255 && a1 == 255 && a2 == 255 && a3 == 255)
                    ? AddressClass.MULTICAST
                    : AddressClass.RESERVED;
        }
        return isReservedV4(a0, a1, a2) ? AddressClass.RESERVED : AddressClass.PUBLIC;
    }

    /**
     * 169.254.169.254 (AWS, GCP, Azure, OCI), 100.100.100.200 (Alibaba, inside the carrier-grade
     * NAT range that the allow-list opens), 192.0.0.192 (older OCI) and 168.63.129.16 (Azure's
     * platform endpoint, a public-looking address).
     */
    private static boolean isMetadataV4(int a0, int a1, int a2, int a3) {
        return (a0 == 169 && a1 == 254 && a2 == 169 && a3 == 254)
                || (a0 == 100 && a1 == 100 && a2 == 100 && a3 == 200)
                || (a0 == 192 && a1 == 0 && a2 == 0 && a3 == 192)
                || (a0 == 168 && a1 == 63 && a2 == 129 && a3 == 16);
    }

    private static boolean isReservedV4(int a0, int a1, int a2) {
        return (a0 == 192 && a1 == 0 && (a2 == 0 || a2 == 2))
                || (a0 == 198 && (a1 == 18 || a1 == 19))
                || (a0 == 198 && a1 == 51 && a2 == 100)
                || (a0 == 203 && a1 == 0 && a2 == 113)
                || (a0 == 192 && a1 == 88 && a2 == 99);
    }

    private static AddressClass classifyV6(byte[] b) {
        byte[] embedded = embeddedV4(b);
        if (embedded != null) {
            return classifyV4(embedded);
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        if (isZero(b, 0, 15)) {
            return b[15] == 1 ? AddressClass.LOOPBACK : AddressClass.UNSPECIFIED;
        }
        if (first == 0xfd && second == 0x00 && (b[2] & 0xff) == 0x0e && (b[3] & 0xff) == 0xc2) {
            return AddressClass.METADATA; // fd00:ec2::/32, the AWS metadata service over IPv6
        }
        if (first == 0xff) {
            return AddressClass.MULTICAST;
        }
        if (first == 0xfe && (second & 0xc0) == 0x80) {
            return AddressClass.LINK_LOCAL;
        }
        if ((first & 0xfe) == 0xfc || (first == 0xfe && (second & 0xc0) == 0xc0)) {
            return AddressClass.PRIVATE;
        }
        return isReservedV6(b) ? AddressClass.RESERVED : AddressClass.PUBLIC;
    }

    private static boolean isReservedV6(byte[] b) {
        boolean documentation =
                (b[0] & 0xff) == 0x20
                        && (b[1] & 0xff) == 0x01
                        && (b[2] & 0xff) == 0x0d
                        && (b[3] & 0xff) == 0xb8;
        boolean discard = (b[0] & 0xff) == 0x01 && b[1] == 0 && isZero(b, 2, 8);
        boolean teredo = (b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x01 && b[2] == 0 && b[3] == 0;
        return documentation || discard || teredo || (b[0] & 0xe0) != 0x20;
    }

    /** The IPv4 address inside a mapped, compatible, NAT64 or 6to4 IPv6 address, else null. */
    private static byte[] embeddedV4(byte[] b) {
        boolean mapped = isZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean compatible = isZero(b, 0, 12) && !isZero(b, 12, 15);
        boolean nat64 =
                b[0] == 0
                        && (b[1] & 0xff) == 0x64
                        && (b[2] & 0xff) == 0xff
                        && (b[3] & 0xff) == 0x9b
                        && isZero(b, 4, 12);
        if (mapped || compatible || nat64) {
            return Arrays.copyOfRange(b, 12, 16);
        }
        if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
            return Arrays.copyOfRange(b, 2, 6);
        }
        return null;
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
