package io.clausewatch.crawler.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.spi.InetAddressResolver;
import java.net.spi.InetAddressResolverProvider;
import java.util.stream.Stream;

/**
 * The JVM's name resolution in tests: names under {@code rebind.test} answer {@link #REBOUND}, the
 * address a rebinding DNS server would give the HTTP client when it connects; every other name goes
 * to the built-in resolver.
 */
public final class RebindingResolverProvider extends InetAddressResolverProvider {

    static final String DOMAIN = ".rebind.test";
    static final byte[] REBOUND = {127, 0, 0, 2};

    @Override
    public InetAddressResolver get(Configuration configuration) {
        InetAddressResolver builtin = configuration.builtinResolver();
        return new InetAddressResolver() {
            @Override
            public Stream<InetAddress> lookupByName(String host, LookupPolicy policy)
                    throws UnknownHostException {
                if (host.endsWith(DOMAIN)) {
                    return Stream.of(InetAddress.getByAddress(host, REBOUND));
                }
                return builtin.lookupByName(host, policy);
            }

            @Override
            public String lookupByAddress(byte[] address) throws UnknownHostException {
                return builtin.lookupByAddress(address);
            }
        };
    }

    @Override
    public String name() {
        return "rebinding names for tests";
    }
}
