package io.clausewatch.crawler.fetch;

import io.clausewatch.kit.net.AddressClass;
import io.clausewatch.kit.net.AddressClassifier;
import io.clausewatch.kit.net.AddressPolicy;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * Refuses URLs that lead to this machine or a private network, so a catalog entry cannot be used to
 * probe internal services. Hosts written as numbers in any notation a resolver accepts (decimal,
 * octal, hexadecimal, shortened dotted forms) are read as the address they denote and refused
 * unless written as four decimal numbers, since resolvers do not agree on what they mean.
 *
 * <p>Allowing private addresses (local development) opens loopback and private networks only (see
 * {@link AddressClass#openedByAllowList()}); the address rules are the ones alert-service applies
 * to webhook endpoints.
 */
public final class AddressGuard {

    private final AddressPolicy policy;
    private final Resolver resolver;

    public AddressGuard(boolean allowPrivate) {
        this(allowPrivate, InetAddress::getAllByName);
    }

    /** With a resolver of its own: tests use it to make a name answer differently over time. */
    public AddressGuard(boolean allowPrivate, Resolver resolver) {
        this.policy = new AddressPolicy(allowPrivate);
        this.resolver = resolver;
    }

    /**
     * Checks scheme and host and resolves the host; returns the addresses that were checked. A
     * plain-HTTP fetch connects to the first of them (see {@link PageFetcher}).
     */
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
        String bare = bare(host);
        if (AddressClassifier.isMetadataHostName(bare)) {
            throw new CrawlFailure(
                    FailureClass.INVALID_URL, "host " + host + " is a cloud metadata service");
        }
        List<InetAddress> addresses = resolve(host, bare);
        for (InetAddress address : addresses) {
            AddressClass addressClass = AddressClassifier.classify(address);
            if (!policy.permits(addressClass)) {
                throw new CrawlFailure(
                        FailureClass.INVALID_URL,
                        "host " + host + " resolves to " + addressClass.description());
            }
        }
        return addresses;
    }

    /** Lower case, without IPv6 brackets or the root's trailing dot. */
    private static String bare(String host) {
        String bare = host.toLowerCase(Locale.ROOT);
        if (bare.startsWith("[") && bare.endsWith("]")) {
            return bare.substring(1, bare.length() - 1);
        }
        return bare.endsWith(".") ? bare.substring(0, bare.length() - 1) : bare;
    }

    private List<InetAddress> resolve(String host, String bare) {
        try {
            AddressPolicy.NumericHost numeric = policy.numericHost(bare);
            if (numeric != null) {
                if (numeric.refused()) {
                    throw new CrawlFailure(
                            FailureClass.INVALID_URL, "host " + host + " " + numeric.refusal());
                }
                return List.of(numeric.address());
            }
            if (bare.indexOf(':') >= 0) {
                // an IPv6 literal is parsed, never looked up
                return List.of(InetAddress.getAllByName(bare));
            }
            InetAddress[] addresses = resolver.resolve(bare);
            if (addresses.length == 0) {
                throw new UnknownHostException(bare);
            }
            return List.of(addresses);
        } catch (UnknownHostException e) {
            throw new CrawlFailure(FailureClass.DNS, "host " + host + " could not be resolved");
        }
    }

    /** Name resolution, replaceable in tests. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }
}
