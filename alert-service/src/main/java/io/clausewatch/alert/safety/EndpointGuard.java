package io.clausewatch.alert.safety;

import io.clausewatch.kit.net.AddressClass;
import io.clausewatch.kit.net.AddressClassifier;
import io.clausewatch.kit.net.AddressPolicy;
import java.net.IDN;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Decides whether a webhook may be sent to a URL: the form of the URL, then every address its host
 * resolves to. Used when a subscription is created or changed and again before every delivery.
 */
public final class EndpointGuard {

    public static final int MAX_URL_LENGTH = 2048;

    private final AddressPolicy policy;
    private final boolean requireHttps;
    private final Resolver resolver;

    public EndpointGuard(boolean allowPrivate, boolean requireHttps, Resolver resolver) {
        this.policy = new AddressPolicy(allowPrivate);
        this.requireHttps = requireHttps;
        this.resolver = resolver;
    }

    public static EndpointGuard usingSystemResolver(boolean allowPrivate, boolean requireHttps) {
        return new EndpointGuard(allowPrivate, requireHttps, InetAddress::getAllByName);
    }

    /** Checks the form of the URL only, without resolving its host. */
    public URI checkForm(String url) throws EndpointRefused {
        if (url == null || url.isBlank()) {
            throw new EndpointRefused("the URL is missing");
        }
        if (url.length() > MAX_URL_LENGTH) {
            throw new EndpointRefused("the URL is longer than " + MAX_URL_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw new EndpointRefused("the URL is not valid: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new EndpointRefused("the URL must start with https:// or http://");
        }
        if (requireHttps && !scheme.equals("https")) {
            throw new EndpointRefused("the URL must use https");
        }
        if (uri.getRawUserInfo() != null) {
            throw new EndpointRefused("the URL may not carry a user name or password");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new EndpointRefused("the URL has no valid host");
        }
        if (uri.getFragment() != null) {
            throw new EndpointRefused("the URL may not carry a fragment");
        }
        return uri;
    }

    /** Checks the URL and every address of its host; answers the address to connect to. */
    public CheckedEndpoint check(String url) throws EndpointRefused {
        URI uri = checkForm(url);
        String host = hostOf(uri);
        InetAddress[] addresses = resolve(host);
        for (InetAddress address : addresses) {
            AddressClass addressClass = AddressClassifier.classify(address);
            if (!policy.permits(addressClass)) {
                throw new EndpointRefused(
                        "the host " + host + " resolves to " + addressClass.description());
            }
        }
        return new CheckedEndpoint(uri, host, addresses[0]);
    }

    private static String hostOf(URI uri) throws EndpointRefused {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            return host.substring(1, host.length() - 1);
        }
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (AddressClassifier.isMetadataHostName(host)) {
            throw new EndpointRefused("the host " + host + " is a cloud metadata service");
        }
        return host;
    }

    private InetAddress[] resolve(String host) throws EndpointRefused {
        AddressPolicy.NumericHost numeric = policy.numericHost(host);
        if (numeric != null) {
            if (numeric.refused()) {
                throw new EndpointRefused("the host " + host + " " + numeric.refusal());
            }
            return new InetAddress[] {numeric.address()};
        }
        if (host.indexOf(':') >= 0) {
            return new InetAddress[] {ipv6Literal(host)};
        }
        try {
            InetAddress[] addresses = resolver.resolve(IDN.toASCII(host));
            if (addresses.length == 0) {
                throw new EndpointRefused("the host " + host + " does not resolve");
            }
            return addresses;
        } catch (UnknownHostException | IllegalArgumentException e) {
            throw new EndpointRefused("the host " + host + " does not resolve");
        }
    }

    private static InetAddress ipv6Literal(String host) throws EndpointRefused {
        if (!host.matches("[0-9a-f:.]+")) {
            throw new EndpointRefused("the host " + host + " is not a valid IPv6 address");
        }
        try {
            // a literal of hex digits, colons and dots is parsed, never looked up
            return InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new EndpointRefused("the host " + host + " is not a valid IPv6 address");
        }
    }

    /** Name resolution, replaceable in tests. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }
}
