package io.tabien.registry.security;

import io.tabien.registry.support.Api;
import io.tabien.registry.support.IntegrationTest;
import io.tabien.registry.support.StandaloneRegistry;
import io.tabien.registry.support.TestDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web pages allow nothing from other hosts and are framed by no one; Strict-Transport-Security and Secure
 * cookies come with HTTPS, which a request over plain HTTP has only when a trusted proxy says so. (The tests' registry
 * trusts a proxy on 127.0.0.1, as one on the same machine would be.)
 */
class TransportSecurityHttpTest extends IntegrationTest {

    private static final String FORWARDED_PROTO = "X-Forwarded-Proto";

    @Test
    void pagesAllowNothingFromOtherHostsAndTheApiNothingAtAll() {
        Api.Response login = api.get("/login");
        String policy = login.header("Content-Security-Policy");
        assertThat(policy).isEqualTo(SecurityConfiguration.CONTENT_SECURITY_POLICY)
                .contains("default-src 'self'", "script-src 'self';", "frame-ancestors 'none'", "object-src 'none'")
                .doesNotContain("http", "*", "unsafe-eval", "style-src 'self' 'unsafe-inline'");
        assertThat(login.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(login.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(login.header("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(api.get("/verify").header("Content-Security-Policy"))
                .isEqualTo(SecurityConfiguration.CONTENT_SECURITY_POLICY);

        assertThat(api.get("/api/persons?q=Noy").header("Content-Security-Policy"))
                .isEqualTo("default-src 'none'; frame-ancestors 'none'");
    }

    @Test
    void httpsThroughTheTrustedProxyGetsStrictTransportSecurityAndPlainHttpDoesNot() {
        assertThat(api.get("/login", FORWARDED_PROTO, "https").header("Strict-Transport-Security"))
                .isEqualTo("max-age=31536000 ; includeSubDomains");
        assertThat(api.get("/api/persons?q=Noy", FORWARDED_PROTO, "https").header("Strict-Transport-Security"))
                .isEqualTo("max-age=31536000 ; includeSubDomains");
        assertThat(api.get("/login").header("Strict-Transport-Security")).isNull();
        assertThat(api.get("/login", FORWARDED_PROTO, "http").header("Strict-Transport-Security")).isNull();
        assertThat(api.get("/login").header("Set-Cookie")).contains("HttpOnly", "SameSite=Lax")
                .doesNotContain("Secure");
    }

    @Test
    void behindTlsTheSessionCookieIsSecureAndAClientClaimingHttpsIsNotBelievedFromAnUntrustedAddress() {
        ConfigurableApplicationContext registry = StandaloneRegistry.startWith(TestDatabases.fresh(), ADMIN_PASSWORD,
                "--tabien.security.trusted-proxies=192.0.2.10", "--server.servlet.session.cookie.secure=true");
        try {
            Api direct = StandaloneRegistry.api(registry);
            Api.Response claimed = direct.get("/login", FORWARDED_PROTO, "https");
            assertThat(claimed.header("Strict-Transport-Security")).isNull();
            assertThat(claimed.header("Set-Cookie")).contains("Secure", "HttpOnly", "SameSite=Lax");
        } finally {
            registry.close();
        }
    }
}
