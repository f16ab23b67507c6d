package io.clausewatch.kit.net;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Which addresses a guard lets through: public ones, and with {@code allowPrivate} (local
 * development and tests) loopback and private networks too. The crawler's catalog guard and
 * alert-service's endpoint guard apply this one policy and differ only in how they report a
 * refusal.
 */
public record AddressPolicy(boolean allowPrivate) {

    /** A host written as an IPv4 number: the address it denotes, or why it is refused. */
    public record NumericHost(InetAddress address, String refusal) {

        public boolean refused() {
            return refusal != null;
        }
    }

    public boolean permits(AddressClass addressClass) {
        return addressClass == AddressClass.PUBLIC
                || (allowPrivate && addressClass.openedByAllowList());
    }

    /**
     * Judges a host written as an IPv4 number in any notation resolvers accept. An address the
     * policy does not permit is refused; so is any spelling other than four decimal numbers, since
     * resolvers disagree on them (Java reads {@code 0127.0.0.1} as decimal, {@code inet_aton} as
     * octal) and a request that connects by name would reach what its resolver reads.
     *
     * @param host lower case, without a trailing dot
     * @return null when the host is a name or an IPv6 literal
     */
    public NumericHost numericHost(String host) {
        byte[] bytes = Ipv4Literals.parse(host);
        if (bytes == null) {
            return null;
        }
        AddressClass addressClass = AddressClassifier.classifyV4(bytes);
        if (!permits(addressClass)) {
            return new NumericHost(null, "is " + addressClass.description());
        }
        if (!Ipv4Literals.isDottedDecimal(host)) {
            return new NumericHost(
                    null,
                    "is an IPv4 address in an unusual notation; write it as four decimal numbers");
        }
        try {
            return new NumericHost(InetAddress.getByAddress(host, bytes), null);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes always make an address", e);
        }
    }
}
