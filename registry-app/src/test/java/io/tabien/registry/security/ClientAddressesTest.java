package io.tabien.registry.security;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressesTest {

    @Test
    void withoutTrustedProxiesForwardedForIsIgnored() {
        ClientAddresses addresses = new ClientAddresses(List.of());

        assertThat(addresses.buildDetails(request("203.0.113.7", "198.51.100.1"))).isEqualTo(new ClientAddress("203.0.113.7"));
    }

    @Test
    void aTrustedProxyIsBelievedAboutTheClientItForwards() {
        ClientAddresses addresses = new ClientAddresses(List.of("10.0.0.0/8"));

        assertThat(addresses.buildDetails(request("10.0.0.2", "198.51.100.1"))).isEqualTo(new ClientAddress("198.51.100.1"));
    }

    @Test
    void whatTheClientWroteLeftOfTheTrustedProxiesIsIgnored() {
        ClientAddresses addresses = new ClientAddresses(List.of("10.0.0.0/8"));

        // The client sent "X-Forwarded-For: 192.0.2.99" itself; the proxies appended 198.51.100.1 and 10.0.0.3.
        assertThat(addresses.buildDetails(request("10.0.0.2", "192.0.2.99, 198.51.100.1, 10.0.0.3")))
                .isEqualTo(new ClientAddress("198.51.100.1"));
    }

    @Test
    void aConnectionFromAnUntrustedAddressIsTheClientWhateverItForwards() {
        ClientAddresses addresses = new ClientAddresses(List.of("10.0.0.0/8"));

        assertThat(addresses.buildDetails(request("203.0.113.7", "10.0.0.3"))).isEqualTo(new ClientAddress("203.0.113.7"));
    }

    @Test
    void somethingThatIsNotAnAddressEndsTheWalk() {
        ClientAddresses addresses = new ClientAddresses(List.of("10.0.0.0/8"));

        assertThat(addresses.buildDetails(request("10.0.0.2", "a-host-name-to-look-up.example")))
                .isEqualTo(new ClientAddress("10.0.0.2"));
        assertThat(addresses.buildDetails(request("10.0.0.2", "300.1.1.1"))).isEqualTo(new ClientAddress("10.0.0.2"));
        assertThat(addresses.buildDetails(request("10.0.0.2", "::zz::"))).isEqualTo(new ClientAddress("10.0.0.2"));
        assertThat(addresses.buildDetails(request("10.0.0.2", "2001:db8::1"))).isEqualTo(new ClientAddress("2001:db8::1"));
    }

    private static MockHttpServletRequest request(String remoteAddress, String forwardedFor) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(remoteAddress);
        request.addHeader("X-Forwarded-For", forwardedFor);
        return request;
    }
}
