package io.clausewatch.alert.safety;

/** Why an address may not receive webhooks; {@link #PUBLIC} is the only unconditional yes. */
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

    /** Classes that the development allow-list opens; the others stay closed everywhere. */
    public boolean openedByAllowList() {
        return this == LOOPBACK || this == PRIVATE || this == CGNAT;
    }
}
