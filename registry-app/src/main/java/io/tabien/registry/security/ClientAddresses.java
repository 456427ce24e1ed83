package io.tabien.registry.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tells where a request came from. {@code X-Forwarded-For} is anyone's to write, so it is read only when the
 * connection comes from a proxy named in {@code tabien.security.trusted-proxies} (addresses or CIDR ranges), and then
 * from the right: each trusted proxy appends the address it received the request from, and the first address from
 * the right that is not a trusted proxy is the client. With no trusted proxy, the client is the connection's remote
 * address.
 */
@Component
class ClientAddresses implements AuthenticationDetailsSource<HttpServletRequest, ClientAddress> {

    private static final String OCTET = "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";
    private static final Pattern IPV4 = Pattern.compile(OCTET + "(\\." + OCTET + "){3}");
    /** With a colon, Java reads it as an IPv6 literal and refuses it if it is not one, without asking the DNS. */
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private final List<IpAddressMatcher> trustedProxies;

    ClientAddresses(@Value("${tabien.security.trusted-proxies:}") List<String> trustedProxies) {
        this.trustedProxies = trustedProxies.stream().map(String::strip).filter(proxy -> !proxy.isEmpty())
                .map(IpAddressMatcher::new).toList();
    }

    @Override
    public ClientAddress buildDetails(HttpServletRequest request) {
        String remote = request.getRemoteAddr();
        if (!isTrustedProxy(remote)) {
            return new ClientAddress(remote);
        }
        List<String> forwarded = new ArrayList<>();
        for (String header : Collections.list(request.getHeaders("X-Forwarded-For"))) {
            for (String hop : header.split(",")) {
                forwarded.add(hop.strip());
            }
        }
        String client = remote;
        for (int i = forwarded.size() - 1; i >= 0; i--) {
            String hop = forwarded.get(i);
            if (!isIpAddress(hop)) {
                // A trusted proxy writes addresses; anything else was written further left, by someone untrusted.
                break;
            }
            client = hop;
            if (!isTrustedProxy(hop)) {
                break;
            }
        }
        return new ClientAddress(client);
    }

    /** Whether the request reached the registry through a trusted proxy, which may then say how the client connected. */
    boolean fromTrustedProxy(HttpServletRequest request) {
        return isTrustedProxy(request.getRemoteAddr());
    }

    private boolean isTrustedProxy(String address) {
        try {
            return trustedProxies.stream().anyMatch(proxy -> proxy.matches(address));
        } catch (IllegalArgumentException notAnAddress) {
            return false;
        }
    }

    /** A literal address only: {@link IpAddressMatcher} would look a host name up in the DNS. */
    private static boolean isIpAddress(String candidate) {
        if (candidate.length() > 45 || !(IPV4.matcher(candidate).matches() || IPV6.matcher(candidate).matches())) {
            return false;
        }
        try {
            new IpAddressMatcher(candidate);
            return true;
        } catch (IllegalArgumentException notAnAddress) {
            return false;
        }
    }
}
