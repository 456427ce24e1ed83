package io.tabien.registry.security;

import io.tabien.registry.platform.database.DatabaseOutage;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.ClaimAccessor;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

import java.util.Collection;
import java.util.List;

/**
 * The identity provider's two doors, fitted to {@link SecurityConfiguration}'s chains: its bearer tokens on the API,
 * and a login with it (authorization code with PKCE) on the web pages. Through either, the user becomes the same
 * {@link UserAccount} a password login makes, so that actors, read scopes and event metadata do not know the
 * difference; who is let in is {@link SingleSignOnAccounts}' decision.
 */
final class SingleSignOn {

    static final String REGISTRATION_ID = "sso";

    /** Where the login page's link starts the login with the provider. */
    static final String LOGIN_PATH = "/oauth2/authorization/" + REGISTRATION_ID;

    private final SingleSignOnProperties properties;
    private final SingleSignOnAccounts accounts;
    private final ClientRegistrationRepository registrations;

    SingleSignOn(SingleSignOnProperties properties, SingleSignOnAccounts accounts) {
        this.properties = properties;
        this.accounts = accounts;
        this.registrations = new DiscoveredRegistration(properties);
    }

    /**
     * Bearer tokens beside HTTP Basic: signed by the provider's current keys, from its issuer, unexpired, for the
     * registry's audience, and naming a user the registry lets in.
     */
    void onApi(HttpSecurity http, ProblemResponses problems) {
        JwtAuthenticationProvider tokens = new JwtAuthenticationProvider(new DiscoveredDecoder(properties));
        tokens.setJwtAuthenticationConverter(jwt -> admit(jwt).asAuthentication());
        ProviderManager verified = new ProviderManager(tokens);
        http.oauth2ResourceServer(server -> server
                .jwt(jwt -> jwt.authenticationManager(authentication -> {
                    try {
                        return verified.authenticate(authentication);
                    } catch (AuthenticationServiceException unreachable) {
                        if (DatabaseOutage.causedBy(unreachable)) {
                            throw unreachable;
                        }
                        throw new IdentityProviderUnreachable(unreachable);
                    }
                }))
                .authenticationEntryPoint(problems.bearerRefused())
                .accessDeniedHandler(problems.forbidden()));
    }

    /**
     * The login with the provider beside the form login. A refusal goes back to the login page saying why, as a
     * wrong password does.
     */
    void onPages(HttpSecurity http, String loginPage) {
        http.oauth2Login(login -> login
                .loginPage(loginPage)
                .clientRegistrationRepository(registrations)
                // The provider's address unreachable when the login starts: back to the login page, not an error page.
                .withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                    @Override
                    public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
                        filter.setAuthenticationFailureHandler((request, response, exception) -> response.sendRedirect(
                                request.getContextPath() + loginPage + "?sso=" + SingleSignOnRefused.Reason.FAILED.code()));
                        return filter;
                    }
                })
                // The provider's tokens are needed only to log in; they end with the session, not in a store.
                .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
                .successHandler(asRegistryUser())
                .failureHandler(LoginPageAnswers.failure()));
    }

    /**
     * The pages' authentication manager with the provider's login added: a chain given its own manager uses only
     * that, and would not know the login's authorization code.
     */
    AuthenticationManager withLogin(AuthenticationManager passwords) {
        return new ProviderManager(List.of(new OidcAuthorizationCodeAuthenticationProvider(
                new RestClientAuthorizationCodeTokenResponseClient(), admittedUsers())), passwords);
    }

    private OAuth2UserService<OidcUserRequest, OidcUser> admittedUsers() {
        OidcUserService provided = new OidcUserService();
        return request -> {
            OidcUser user = provided.loadUser(request);
            return new AdmittedUser(user, admit(user));
        };
    }

    private UserAccount admit(ClaimAccessor claims) {
        try {
            return accounts.admit(claims);
        } catch (DataAccessException unreachable) {
            throw new InternalAuthenticationServiceException("The user store could not be read", unreachable);
        }
    }

    /**
     * Spring's login with a provider ends with the provider's user as the principal; the registry's pages and commands
     * know only {@link UserAccount}, so the session is given that instead, before the first page is shown.
     */
    private static AuthenticationSuccessHandler asRegistryUser() {
        SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
        SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();
        SavedRequestAwareAuthenticationSuccessHandler then = new SavedRequestAwareAuthenticationSuccessHandler();
        return (request, response, provided) -> {
            Authentication authentication = ((AdmittedUser) provided.getPrincipal()).account().asAuthentication();
            SecurityContext context = holder.createEmptyContext();
            context.setAuthentication(authentication);
            holder.setContext(context);
            sessions.saveContext(context, request, response);
            then.onAuthenticationSuccess(request, response, authentication);
        };
    }

    /**
     * The provider's keys, from its discovery document, read on the first bearer token rather than at start, for the
     * same reason as {@link DiscoveredRegistration}.
     */
    private static final class DiscoveredDecoder implements JwtDecoder {

        private final SingleSignOnProperties properties;
        private final String audience;
        private volatile JwtDecoder decoder;

        DiscoveredDecoder(SingleSignOnProperties properties) {
            this.properties = properties;
            this.audience = properties.requiredAudience();
        }

        @Override
        public Jwt decode(String token) {
            JwtDecoder known = decoder;
            if (known == null) {
                synchronized (this) {
                    if (decoder == null) {
                        decoder = discover();
                    }
                    known = decoder;
                }
            }
            return known.decode(token);
        }

        private JwtDecoder discover() {
            NimbusJwtDecoder discovered;
            try {
                discovered = NimbusJwtDecoder.withIssuerLocation(properties.issuerUri()).build();
            } catch (RuntimeException unreachable) {
                throw new JwtException("The identity provider's keys could not be read", unreachable);
            }
            discovered.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                    JwtValidators.createDefaultWithIssuer(properties.issuerUri()),
                    new JwtClaimValidator<Collection<String>>(JwtClaimNames.AUD,
                            granted -> granted != null && granted.contains(audience))));
            return discovered;
        }
    }

    /** The provider's user, carrying the account it was admitted as until the login ends. */
    private static final class AdmittedUser extends DefaultOidcUser {

        private final transient UserAccount account;

        AdmittedUser(OidcUser user, UserAccount account) {
            super(user.getAuthorities(), user.getIdToken(), user.getUserInfo());
            this.account = account;
        }

        UserAccount account() {
            return account;
        }
    }

    /**
     * The registry's client at the provider, from the provider's discovery document, read on the first login rather
     * than at start: the registry must start, and take passwords, while the provider is unreachable.
     */
    private static final class DiscoveredRegistration implements ClientRegistrationRepository {

        private final SingleSignOnProperties properties;
        private volatile ClientRegistration registration;

        DiscoveredRegistration(SingleSignOnProperties properties) {
            this.properties = properties;
        }

        @Override
        public ClientRegistration findByRegistrationId(String registrationId) {
            if (!REGISTRATION_ID.equals(registrationId)) {
                return null;
            }
            ClientRegistration known = registration;
            if (known == null) {
                synchronized (this) {
                    if (registration == null) {
                        registration = discover();
                    }
                    known = registration;
                }
            }
            return known;
        }

        private ClientRegistration discover() {
            boolean secret = properties.clientSecret() != null && !properties.clientSecret().isBlank();
            ClientRegistration.Builder builder = ClientRegistrations.fromIssuerLocation(properties.issuerUri())
                    .registrationId(REGISTRATION_ID)
                    .clientId(properties.clientId())
                    .clientName(properties.providerName())
                    .scope(properties.scopes())
                    .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                    .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build());
            return secret ? builder.clientSecret(properties.clientSecret()).build()
                    : builder.clientAuthenticationMethod(ClientAuthenticationMethod.NONE).build();
        }
    }
}
