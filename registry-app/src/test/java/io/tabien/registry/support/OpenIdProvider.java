package io.tabien.registry.support;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A real OpenID Connect provider (Spring Authorization Server) in the test's own JVM, on a port of its own and with
 * an RSA key made at its start: users log in at its form, clients take tokens from its token endpoint, and a token
 * customizer adds the registry's claims as a provider configured for Tabien would.
 * <p>
 * It answers on {@code localhost} while the registry answers on {@code 127.0.0.1}: cookies do not tell ports apart,
 * and the two would overwrite each other's session cookie on one host.
 */
public final class OpenIdProvider implements AutoCloseable {

    public static final String USERNAME_CLAIM = "preferred_username";
    public static final String ROLES_CLAIM = "tabien_roles";
    public static final String OFFICE_CLAIM = "tabien_office";

    private static final String CLAIMS = "tabien.test.claims";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * What the provider says about a user in their tokens.
     *
     * @param audience the access token's audience
     * @param expired  whether the access token expired an hour ago
     */
    public record Claims(String username, List<String> roles, String office, String audience, boolean expired) {

        public static Claims of(String username, String role, String office, String audience) {
            return new Claims(username, List.of(role), office, audience, false);
        }

        public Claims thatExpired() {
            return new Claims(username, roles, office, audience, true);
        }
    }

    private final ConfigurableApplicationContext context;
    private final Server server;

    private OpenIdProvider(ConfigurableApplicationContext context) {
        this.context = context;
        this.server = context.getBean(Server.class);
    }

    public static OpenIdProvider start() {
        return new OpenIdProvider(new SpringApplicationBuilder(Server.class).run(
                "--server.port=0",
                // Not the registry's application.properties, which lie on the same class path.
                "--spring.config.name=openid-provider",
                "--spring.main.banner-mode=off"));
    }

    public String issuer() {
        return "http://localhost:" + context.getEnvironment().getRequiredProperty("local.server.port");
    }

    /** A user who logs in at the provider's form with this password, and whose ID token carries these claims. */
    public void addUser(String password, Claims claims) {
        server.users.createUser(User.withUsername(claims.username()).password("{noop}" + password).roles("USER")
                .build());
        server.claimsOfUsers.put(claims.username(), claims);
    }

    /** A confidential client for the authorization code flow with PKCE, consent not asked. */
    public void addWebClient(String clientId, String secret, String redirectUri) {
        server.clients.save(RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(clientId)
                .clientSecret("{noop}" + secret)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(redirectUri)
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false)
                        .build())
                .build());
    }

    /**
     * An access token with these claims, taken from the token endpoint by a client of its own (client credentials),
     * as a service acting for the user would hold one.
     */
    public String accessToken(Claims claims) {
        String clientId = "client-" + UUID.randomUUID();
        String secret = UUID.randomUUID().toString();
        server.clients.save(RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(clientId)
                .clientSecret("{noop}" + secret)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .clientSettings(ClientSettings.builder().setting(CLAIMS, claims).build())
                .build());
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuer() + "/oauth2/token"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (clientId + ":" + secret).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", MediaType.APPLICATION_FORM_URLENCODED_VALUE)
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request,
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("no token: " + response.statusCode() + " " + response.body());
            }
            return JSON.readTree(response.body()).get("access_token").asString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        context.close();
    }

    /**
     * The provider's application: only the web server, MVC and security, since the test's class path also holds the
     * whole registry. Not a component, so that no scan finds it.
     */
    @EnableWebSecurity
    @ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class,
            TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
            WebMvcAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class,
            JacksonAutoConfiguration.class, ErrorMvcAutoConfiguration.class, SecurityFilterAutoConfiguration.class})
    static class Server {

        final InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();
        final InMemoryRegisteredClientRepository clients = new InMemoryRegisteredClientRepository(
                RegisteredClient.withId("unused").clientId("unused").clientSecret("{noop}unused")
                        .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS).build());
        final Map<String, Claims> claimsOfUsers = new ConcurrentHashMap<>();

        @Bean
        @Order(1)
        SecurityFilterChain authorizationServer(HttpSecurity http) {
            return http
                    .oauth2AuthorizationServer(server -> {
                        http.securityMatcher(server.getEndpointsMatcher());
                        server.oidc(Customizer.withDefaults());
                    })
                    .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                            new LoginUrlAuthenticationEntryPoint("/login"),
                            new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
                    .build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain login(HttpSecurity http) {
            return http
                    .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .formLogin(Customizer.withDefaults())
                    .build();
        }

        @Bean
        InMemoryUserDetailsManager userDetailsService() {
            return users;
        }

        @Bean
        RegisteredClientRepository registeredClientRepository() {
            return clients;
        }

        @Bean
        AuthorizationServerSettings authorizationServerSettings() {
            return AuthorizationServerSettings.builder().build();
        }

        @Bean
        JWKSource<SecurityContext> jwkSource() {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                var keys = generator.generateKeyPair();
                RSAKey key = new RSAKey.Builder((RSAPublicKey) keys.getPublic())
                        .privateKey((RSAPrivateKey) keys.getPrivate())
                        .keyID(UUID.randomUUID().toString())
                        .build();
                return new ImmutableJWKSet<>(new JWKSet(key));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        /** The user info endpoint takes the provider's own access tokens. */
        @Bean
        JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys) {
            return NimbusJwtDecoder.withJwkSource(keys).build();
        }

        /** The claims a provider set up for Tabien adds: user name, roles, office, and the API's audience. */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> tabienClaims() {
            return context -> {
                boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
                boolean idToken = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
                Claims claims = context.getRegisteredClient().getClientSettings().getSetting(CLAIMS);
                if (claims == null) {
                    claims = claimsOfUsers.get(context.getPrincipal().getName());
                }
                if (claims == null || !(accessToken || idToken)) {
                    return;
                }
                if (claims.username() != null) {
                    context.getClaims().claim(USERNAME_CLAIM, claims.username());
                }
                if (claims.roles() != null) {
                    context.getClaims().claim(ROLES_CLAIM, claims.roles());
                }
                if (claims.office() != null) {
                    context.getClaims().claim(OFFICE_CLAIM, claims.office());
                }
                if (accessToken && claims.audience() != null) {
                    context.getClaims().audience(List.of(claims.audience()));
                }
                if (accessToken && claims.expired()) {
                    Instant anHourAgo = Instant.now().minus(Duration.ofHours(1));
                    context.getClaims().issuedAt(anHourAgo.minus(Duration.ofMinutes(5))).notBefore(anHourAgo
                            .minus(Duration.ofMinutes(5))).expiresAt(anHourAgo);
                }
            };
        }
    }
}
