package io.clausewatch.crawler.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Refuses URLs that lead to this machine or a private network, so a catalog entry cannot be used to
 * probe internal services. Hosts written as numbers in any notation a resolver accepts (decimal,
 * octal, hexadecimal, shortened dotted forms) are read as the address they denote.
 */
public final class AddressGuard {

    private final boolean allowPrivate;

    public AddressGuard(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /** Checks scheme and host and resolves the host; returns the addresses that were checked. */
    public List<InetAddress> check(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new CrawlFailure(
                    FailureClass.INVALID_URL, "only http and https URLs are fetched");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw new CrawlFailure(FailureClass.INVALID_URL, "the URL has no host");
        }
        if (uri.getRawUserInfo() != null) {
            throw new CrawlFailure(FailureClass.INVALID_URL, "URLs with credentials are refused");
        }
        List<InetAddress> addresses = resolve(host);
        if (!allowPrivate) {
            for (InetAddress address : addresses) {
                if (isNonPublic(address)) {
                    throw new CrawlFailure(
                            FailureClass.INVALID_URL,
                            "host " + host + " resolves to a private or local address");
                }
            }
        }
        return addresses;
    }

    private static List<InetAddress> resolve(String host) {
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        try {
            Optional<byte[]> numeric = NumericHosts.parseIpv4(bare);
            if (numeric.isPresent()) {
                return List.of(InetAddress.getByAddress(bare, numeric.get()));
            }
            return List.of(InetAddress.getAllByName(bare));
        } catch (UnknownHostException e) {
            throw new CrawlFailure(FailureClass.DNS, "host " + host + " could not be resolved");
        }
    }

    /** True for loopback, private, link-local, multicast, unspecified and similar ranges. */
    public static boolean isNonPublic(InetAddress address) {
        if (address.isLoopbackAddress()
                || address.isAnyLocalAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return isReservedIpv4(b);
        }
        if (address instanceof Inet6Address) {
            return isReservedIpv6(b);
        }
        return true;
    }

    private static boolean isReservedIpv4(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first == 0
                || first == 10
                || first == 127
                || (first == 100 && second >= 64 && second <= 127)
                || (first == 169 && second == 254)
                || (first == 172 && second >= 16 && second <= 31)
                || (first == 192 && second == 168)
                || (first == 192 && second == 0 && (b[2] & 0xff) == 0)
                || (first == 198 && (second == 18 || second == 19))
                || first >= 224;
    }

    private static boolean isReservedIpv6(byte[] b) {
        int first = b[0] & 0xff;
        if ((first & 0xfe) == 0xfc) {
            return true; // unique local fc00::/7
        }
        if (isMappedOrCompatibleIpv4(b)) {
            byte[] v4 = {b[12], b[13], b[14], b[15]};
            return isReservedIpv4(v4);
        }
        boolean nat64 = first == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff;
        return nat64 || (first == 0x20 && (b[1] & 0xff) == 0x01 && b[2] == 0 && b[3] == 0x0d);
    }

    private static boolean isMappedOrCompatibleIpv4(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        boolean mapped = (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean compatible = b[10] == 0 && b[11] == 0;
        return mapped || compatible;
    }
}
