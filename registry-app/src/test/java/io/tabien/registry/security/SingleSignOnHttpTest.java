package io.tabien.registry.security;

import io.tabien.registry.support.Api;
import io.tabien.registry.support.CivilClient;
import io.tabien.registry.support.OpenIdProvider;
import io.tabien.registry.support.OpenIdProvider.Claims;
import io.tabien.registry.support.StandaloneRegistry;
import io.tabien.registry.support.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Single sign-on against a real OpenID Connect provider started beside the registry: its bearer tokens on the API,
 * and the login with it (authorization code with PKCE) on the web pages, as a browser would go through it.
 */
class SingleSignOnHttpTest {

    private static final String ADMIN_PASSWORD = "sso-test-admin-password";
    private static final String PASSWORD = "a-long-enough-password";
    private static final String API_AUDIENCE = "tabien-api";
    private static final String WEB_CLIENT = "tabien-web";
    private static final String WEB_SECRET = "tabien-web-secret";

    private static OpenIdProvider provider;
    private static OpenIdProvider anotherProvider;
    private static ConfigurableApplicationContext registry;
    private static Api api;
    private static Api admin;

    @BeforeAll
    static void start() {
        provider = OpenIdProvider.start();
        anotherProvider = OpenIdProvider.start();
        registry = StandaloneRegistry.startWith(TestDatabases.fresh(), ADMIN_PASSWORD,
                "--tabien.sso.issuer-uri=" + provider.issuer(),
                "--tabien.sso.provider-name=Lao Government ID",
                "--tabien.sso.client-id=" + WEB_CLIENT,
                "--tabien.sso.client-secret=" + WEB_SECRET,
                "--tabien.sso.audience=" + API_AUDIENCE);
        api = StandaloneRegistry.api(registry);
        admin = api.as("admin", ADMIN_PASSWORD);
        provider.addWebClient(WEB_CLIENT, WEB_SECRET, api.baseUrl() + "/login/oauth2/code/sso");
    }

    @AfterAll
    static void stop() {
        if (registry != null) {
            registry.close();
        }
        if (anotherProvider != null) {
            anotherProvider.close();
        }
        if (provider != null) {
            provider.close();
        }
    }

    @Test
    void registrarWithTheProvidersTokenReadsAndRecordsAsTheTokenSays() {
        String registrar = newUser("REGISTRAR", "LA-XE");
        Api bearer = api.bearing(provider.accessToken(Claims.of(registrar, "REGISTRAR", "1501", API_AUDIENCE)));

        Api.Response born = new CivilClient(bearer).registerBirth("Noy", "Sisavath", null, "2025-03-01", "LA-XE",
                "1501", null, null);

        assertThat(born.status()).as(born.body()).isEqualTo(201);
        String id = born.json().get("id").asString();
        Map<String, Object> metadata = new JdbcTemplate(registry.getBean(javax.sql.DataSource.class)).queryForMap(
                "select meta_data->>'actor' as actor, meta_data->>'role' as role, meta_data->>'office' as office "
                        + "from event_log where aggregate_identifier = ?", id);
        // The office is the token's (a district), not the stored account's (a province).
        assertThat(metadata).containsEntry("actor", registrar).containsEntry("role", "REGISTRAR")
                .containsEntry("office", "1501");
        Api.Response read = bearer.get("/api/persons/" + id);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        Api.Response search = bearer.get("/api/persons?limit=5");
        assertThat(search.status()).as(search.body()).isEqualTo(200);
    }

    @Test
    void anUnreachableProviderIsAnsweredAsUnavailableAndSendsTheLoginBackToItsPage() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        ConfigurableApplicationContext cutOff = StandaloneRegistry.startWith(TestDatabases.fresh(), ADMIN_PASSWORD,
                "--tabien.sso.issuer-uri=http://127.0.0.1:" + closedPort + "/issuer",
                "--tabien.sso.client-id=" + WEB_CLIENT, "--tabien.sso.audience=" + API_AUDIENCE);
        try {
            Api cutOffApi = StandaloneRegistry.api(cutOff);
            Api.Response read = cutOffApi.bearing(provider.accessToken(
                    Claims.of("someone", "REGISTRAR", "LA-XE", API_AUDIENCE))).get("/api/persons?limit=5");
            assertThat(read.status()).as(read.body()).isEqualTo(503);
            assertThat(read.contentType()).startsWith("application/problem+json");
            assertThat(read.header("Retry-After")).isNotBlank();
            assertThat(read.json().get("detail").asString()).contains("identity provider could not be reached");

            Api.Response login = cutOffApi.anonymous().get("/oauth2/authorization/" + SingleSignOn.REGISTRATION_ID);
            assertThat(login.status()).isEqualTo(302);
            assertThat(login.header("Location")).endsWith("/login?sso=failed");
        } finally {
            cutOff.close();
        }
    }

    @Test
    void passwordsStillOpenTheApiBesideTheProvidersTokens() {
        Api.Response read = api.as(newUser("REGISTRAR", "LA-XE"), PASSWORD).get("/api/persons?limit=5");

        assertThat(read.status()).as(read.body()).isEqualTo(200);
    }

    @Test
    void anExpiredTokenIsRefused() {
        String registrar = newUser("REGISTRAR", "LA-XE");

        Api.Response read = api.bearing(provider.accessToken(
                Claims.of(registrar, "REGISTRAR", "LA-XE", API_AUDIENCE).thatExpired())).get("/api/persons?limit=5");

        assertUnauthenticated(read, "expired");
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        String registrar = newUser("REGISTRAR", "LA-XE");

        Api.Response read = api.bearing(provider.accessToken(
                Claims.of(registrar, "REGISTRAR", "LA-XE", "another-service"))).get("/api/persons?limit=5");

        assertUnauthenticated(read, "aud");
    }

    @Test
    void aTokenOfAnotherProviderIsRefused() {
        String registrar = newUser("REGISTRAR", "LA-XE");

        Api.Response read = api.bearing(anotherProvider.accessToken(
                Claims.of(registrar, "REGISTRAR", "LA-XE", API_AUDIENCE))).get("/api/persons?limit=5");

        assertUnauthenticated(read, "Jwt");
    }

    @Test
    void aTokenOfAUserUnknownToTheRegistryIsRefusedSayingSo() {
        Api.Response read = api.bearing(provider.accessToken(
                Claims.of("nobody-" + UUID.randomUUID(), "REGISTRAR", "LA-XE", API_AUDIENCE)))
                .get("/api/persons?limit=5");

        assertRefused(read, "no enabled account in the registry");
    }

    @Test
    void aTokenWhoseOfficeDoesNotFitItsRoleIsRefusedSayingWhy() {
        String registrar = newUser("REGISTRAR", "LA-XE");

        Api.Response read = api.bearing(provider.accessToken(Claims.of(registrar, "REGISTRAR", "TH", API_AUDIENCE)))
                .get("/api/persons?limit=5");

        assertRefused(read, "a REGISTRAR works for a province");
    }

    @Test
    void aTokenWithoutRolesOfTheRegistryIsRefusedSayingWhy() {
        String registrar = newUser("REGISTRAR", "LA-XE");

        Api.Response read = api.bearing(provider.accessToken(Claims.of(registrar, "CLERK", "LA-XE", API_AUDIENCE)))
                .get("/api/persons?limit=5");

        assertRefused(read, "CLERK");
    }

    @Test
    void theTokensRolesDecideWhatTheUserMayDo() {
        String registrar = newUser("REGISTRAR", "LA-XE");
        Api auditor = api.bearing(provider.accessToken(new Claims(registrar, List.of("AUDITOR"), null, API_AUDIENCE,
                false)));

        Api.Response birth = new CivilClient(auditor).registerBirth("Noy", "Sisavath", null, "2025-03-01", "LA-XE",
                "1501", null, null);

        assertThat(birth.status()).as(birth.body()).isEqualTo(403);
    }

    @Test
    void theLoginPageOffersTheProvider() {
        Api.Response page = api.anonymous().get("/login", "Accept-Language", "en");

        assertThat(page.body()).contains("id=\"sso-login\"").contains("Sign in with Lao Government ID")
                .contains("/oauth2/authorization/sso");
    }

    @Test
    void registrarLogsInThroughTheProviderAndSeesTheHomePageAsThemselves() {
        String registrar = newUser("REGISTRAR", "LA-XE");
        provider.addUser(PASSWORD, Claims.of(registrar, "REGISTRAR", "LA-XE", null));
        Browser browser = new Browser();

        Browser.Page loginForm = browser.open(api.baseUrl() + "/oauth2/authorization/sso");
        Browser.Page home = browser.logInAtProvider(loginForm, registrar, PASSWORD);

        assertThat(browser.visited()).anySatisfy(url -> assertThat(url)
                .startsWith(provider.issuer() + "/oauth2/authorize").contains("code_challenge=")
                .contains("code_challenge_method=S256"));
        assertThat(home.url()).isEqualTo(api.baseUrl() + "/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("id=\"current-user\"").contains(registrar);
        assertThat(browser.open(api.baseUrl() + "/search").status()).isEqualTo(200);
    }

    @Test
    void aUserUnknownToTheRegistryComesBackToTheLoginPageToldWhy() {
        String stranger = "stranger-" + UUID.randomUUID().toString().substring(0, 8);
        provider.addUser(PASSWORD, Claims.of(stranger, "REGISTRAR", "LA-XE", null));
        Browser browser = new Browser();

        Browser.Page loginForm = browser.open(api.baseUrl() + "/oauth2/authorization/sso");
        Browser.Page answer = browser.logInAtProvider(loginForm, stranger, PASSWORD);

        assertThat(answer.url()).isEqualTo(api.baseUrl() + "/login?sso=unknown-user");
        assertThat(answer.body()).contains("id=\"login-sso-refused\"").contains("no enabled account");
        assertThat(browser.open(api.baseUrl() + "/").url()).startsWith(api.baseUrl() + "/login");
    }

    private static void assertUnauthenticated(Api.Response response, String because) {
        assertThat(response.status()).as(response.body()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).startsWith("The bearer token was refused").contains(because);
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
    }

    private static void assertRefused(Api.Response response, String because) {
        assertThat(response.status()).as(response.body()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).contains(because);
    }

    /** A registry account with a password of its own, as an administrator creates it. */
    private static String newUser(String role, String office) {
        String username = role.toLowerCase().replace('_', '-') + "-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response created = admin.post("/api/admin/users",
                "{\"username\":\"%s\",\"password\":\"%s\",\"roles\":[\"%s\"],\"office\":\"%s\"}"
                        .formatted(username, PASSWORD, role, office));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return username;
    }

    /**
     * A browser without a screen: follows redirects itself, so that each address it passes is seen, and keeps the
     * cookies of both hosts. It reads the language English.
     */
    private static final class Browser {

        private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

        record Page(String url, int status, String body) {
        }

        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        private final List<String> visited = new ArrayList<>();

        List<String> visited() {
            return visited;
        }

        Page open(String url) {
            return follow(HttpRequest.newBuilder(URI.create(url)).GET());
        }

        /** Fills in the provider's login form and goes where it leads. */
        Page logInAtProvider(Page form, String username, String password) {
            Matcher csrf = CSRF.matcher(form.body());
            assertThat(csrf.find()).as("the provider's login form: " + form).isTrue();
            return follow(HttpRequest.newBuilder(URI.create(form.url()))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + encoded(username) + "&password="
                            + encoded(password) + "&_csrf=" + encoded(csrf.group(1)))));
        }

        private Page follow(HttpRequest.Builder request) {
            for (int hops = 0; hops < 20; hops++) {
                HttpRequest sent = request.header("Accept", "text/html").header("Accept-Language", "en").build();
                visited.add(sent.uri().toString());
                HttpResponse<String> response = send(sent);
                String location = response.headers().firstValue("Location").orElse(null);
                if (response.statusCode() / 100 != 3 || location == null) {
                    return new Page(sent.uri().toString(), response.statusCode(), response.body());
                }
                request = HttpRequest.newBuilder(sent.uri().resolve(location)).GET();
            }
            throw new IllegalStateException("too many redirects: " + visited);
        }

        private HttpResponse<String> send(HttpRequest request) {
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private static String encoded(String text) {
            return URLEncoder.encode(text, StandardCharsets.UTF_8);
        }
    }
}
