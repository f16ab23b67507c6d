package io.clausewatch.gateway.rest;

/** The shapes of the ids that appear in paths, checked before a call leaves the gateway. */
final class Ids {

    /** A platform or document type slug, such as {@code zoom} or {@code privacy-policy}. */
    static final String SLUG = "[a-z0-9][a-z0-9._-]{0,99}";

    /** An opaque id issued by an internal service. */
    static final String OPAQUE = "[A-Za-z0-9][A-Za-z0-9._:-]{0,199}";

    private Ids() {}
}
