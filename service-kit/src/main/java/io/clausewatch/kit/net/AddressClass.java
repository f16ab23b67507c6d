package io.clausewatch.kit.net;

/**
 * Where an address leads. {@link #PUBLIC} is the only class a guard lets through in production; the
 * development allow-list opens {@link #openedByAllowList() loopback and private networks}, never
 * the others.
 */
public enum AddressClass {
    PUBLIC("a public address"),
    LOOPBACK("a loopback address"),
    PRIVATE("a private-network address"),
    CGNAT("a carrier-grade NAT address"),
    LINK_LOCAL("a link-local address"),
    METADATA("a cloud metadata address"),
    MULTICAST("a multicast or broadcast address"),
    UNSPECIFIED("an unspecified address"),
    RESERVED("a reserved or documentation address");

    private final String description;

    AddressClass(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /**
     * Classes that the development allow-list opens. Metadata, link-local, multicast, unspecified
     * and reserved addresses stay closed everywhere, so a developer's services cannot be turned
     * against the metadata service of the machine they run on.
     */
    public boolean openedByAllowList() {
        return this == LOOPBACK || this == PRIVATE || this == CGNAT;
    }
}
