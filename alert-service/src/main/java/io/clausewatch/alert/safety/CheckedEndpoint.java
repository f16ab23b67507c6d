package io.clausewatch.alert.safety;

import java.net.InetAddress;
import java.net.URI;

/**
 * An endpoint that passed the address check, with the address that was checked. Requests go to that
 * address, so a name that resolves differently a moment later cannot redirect them.
 */
public record CheckedEndpoint(URI uri, String host, InetAddress address) {}
