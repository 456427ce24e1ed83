package io.tabien.registry.security;

/**
 * The address a login came from, as far as the registry can trust it: the connection's remote address, or the
 * client a trusted proxy forwarded the request for. Travels with the credentials as their authentication details.
 *
 * @param value an IP address, or null when the login did not come over HTTP
 */
record ClientAddress(String value) {

    static final ClientAddress UNKNOWN = new ClientAddress(null);

    boolean isKnown() {
        return value != null;
    }
}
