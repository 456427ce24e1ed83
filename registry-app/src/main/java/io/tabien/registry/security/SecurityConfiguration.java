package io.tabien.registry.security;

import io.tabien.registry.platform.commands.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.SingleResultAuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Duration;

import static io.tabien.registry.platform.commands.Role.ADMIN;
import static io.tabien.registry.platform.commands.Role.AUDITOR;
import static io.tabien.registry.platform.commands.Role.LABOUR_ATTACHE;
import static io.tabien.registry.platform.commands.Role.LABOUR_OFFICER;
import static io.tabien.registry.platform.commands.Role.PASSPORT_OFFICER;
import static io.tabien.registry.platform.commands.Role.REGISTRAR;

/**
 * Two doors with one user store and one failed-login throttle: HTTP Basic over a stateless API under {@code /api},
 * and a form login with a session and CSRF protection for the registrar's web pages. With single sign-on configured
 * ({@code tabien.sso.issuer-uri}), the identity provider's bearer tokens open the API too, and a login with the
 * provider the pages ({@link SingleSignOn}); what a user may do then is decided by the same rules. A third, narrow
 * door lets an enrolled browser's outbox sync with its device token after the web session ended ({@link Devices}).
 * Who may call what is listed here, in one place, so that it can be read and audited as a whole.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /**
     * Anyone may check a certificate, without logging in: the verification page, its files and the service worker
     * that keeps them offline, the check of a code, and the list of the keys that sign certificates.
     */
    static final String[] CERTIFICATE_CHECKS_FOR_ANYONE = {"/verify", "/verify/**", "/verify-sw.js",
            "/api/certificates/verify", "/api/certificates/keys"};

    /** The annual progress report as it is published: counts only, the small ones hidden, for anyone to read. */
    static final String[] PUBLISHED_REPORT = {"/report", "/report.csv"};

    /**
     * The web pages take scripts, styles, fonts, images and connections from the registry itself and from nowhere
     * else, and are framed by no one. Style attributes stay allowed: the dashboard's map and bars are positioned by
     * them, and a style attribute cannot load anything from elsewhere under {@code default-src 'self'}.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "style-src-attr 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; "
            + "media-src 'self' blob:; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";
    /** The API answers data, never a page: nothing in it may load or frame anything. */
    static final String API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";
    private static final Duration STRICT_TRANSPORT_MAX_AGE = Duration.ofDays(365);

    private static final String LOGIN_PAGE = "/login";
    private static final String OFFLINE_SYNC = "/sync";
    private static final String[] READERS = names(REGISTRAR, PASSPORT_OFFICER, LABOUR_OFFICER, LABOUR_ATTACHE, AUDITOR);

    /**
     * A sync sent with a device token, to the web app's path or the API's, and nothing else: the token opens no page
     * and no other operation, since it meets this chain only on these two paths and is not known to the others. No
     * CSRF protection, as no browser sends the token on its own: the outbox script puts it in the header. A revoked
     * device, or a disabled user's, is refused with the reason and nothing is recorded.
     */
    @Bean
    @Order(0)
    SecurityFilterChain deviceSyncs(HttpSecurity http, Devices devices, JsonMapper json) throws Exception {
        ProblemResponses problems = new ProblemResponses(json, false);
        return http
                .securityMatcher(DeviceTokenAuthentication.SYNCS_WITH_A_DEVICE_TOKEN)
                .csrf(csrf -> csrf.disable())
                .headers(headers -> secureHeaders(headers, API_CONTENT_SECURITY_POLICY))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new DeviceTokenAuthentication(devices, problems.deviceRefused()),
                        AnonymousAuthenticationFilter.class)
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(problems.deviceRefused())
                        .accessDeniedHandler(problems.forbidden()))
                .authorizeHttpRequests(requests -> requests
                        .anyRequest().hasAnyRole(REGISTRAR.name(), LABOUR_ATTACHE.name()))
                .build();
    }

    /**
     * @param publicApiDescription whether anyone may read the API description without logging in (the {@code dev}
     *                             profile's choice); else it takes a login, as it maps every operation. Health is
     *                             open to all, but shows its details only to administrators and auditors; the
     *                             metrics are theirs alone.
     */
    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, AuthenticationManager authenticationManager, JsonMapper json,
                            ClientAddresses clientAddresses, ObjectProvider<SingleSignOn> singleSignOn,
                            @Value("${tabien.security.public-api-description:false}") boolean publicApiDescription)
            throws Exception {
        SingleSignOn sso = singleSignOn.getIfAvailable();
        ProblemResponses problems = new ProblemResponses(json, sso != null);
        if (sso != null) {
            sso.onApi(http, problems);
        }
        return http
                .securityMatcher("/api/**", "/actuator/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html",
                        "/swagger-ui/**", "/error")
                .csrf(csrf -> csrf.disable())
                .headers(headers -> secureHeaders(headers, API_CONTENT_SECURITY_POLICY))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authenticationManager(authenticationManager)
                .httpBasic(basic -> basic
                        .authenticationEntryPoint(problems.unauthenticated())
                        .authenticationDetailsSource(clientAddresses))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(problems.unauthenticated())
                        .accessDeniedHandler(problems.forbidden()))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, CERTIFICATE_CHECKS_FOR_ANYONE).permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers(HttpMethod.GET, "/actuator/prometheus").hasAnyRole(ADMIN.name(), AUDITOR.name())
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                        .access(publicApiDescription ? SingleResultAuthorizationManager.permitAll()
                                : AuthenticatedAuthorizationManager.authenticated())
                        .requestMatchers("/error").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/problems").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/admin/dead-letters")
                        .hasAnyRole(ADMIN.name(), AUDITOR.name())
                        .requestMatchers("/api/admin/**").hasRole(ADMIN.name())
                        .requestMatchers("/api/audit/**").hasRole(AUDITOR.name())
                        // Finer than the annual report, so given out by the audit office only, which publishes it.
                        .requestMatchers(HttpMethod.GET, "/api/reports/research-extract", "/api/reports/research-extract/**")
                        .hasRole(AUDITOR.name())
                        .requestMatchers(HttpMethod.GET, "/api/reports/**").hasAnyRole(READERS)
                        .requestMatchers(HttpMethod.GET, "/api/reference/**").authenticated()
                        .requestMatchers(HttpMethod.POST, "/api/sync").hasAnyRole(REGISTRAR.name(), LABOUR_ATTACHE.name())
                        .requestMatchers(HttpMethod.POST, "/api/births").hasRole(REGISTRAR.name())
                        .requestMatchers(HttpMethod.POST, "/api/persons/*/corrections", "/api/persons/*/death",
                                "/api/persons/*/duplicate-review",
                                "/api/persons/*/birth-certificates", "/api/persons/*/birth-certificates/*/revocation",
                                "/api/certificates/bulk")
                        .hasRole(REGISTRAR.name())
                        .requestMatchers(HttpMethod.POST, "/api/family-books", "/api/family-books/**")
                        .hasRole(REGISTRAR.name())
                        .requestMatchers(HttpMethod.POST, "/api/passports/*/custody", "/api/passports/*/return")
                        .hasAnyRole(PASSPORT_OFFICER.name(), LABOUR_ATTACHE.name())
                        .requestMatchers(HttpMethod.POST, "/api/passports", "/api/passports/**")
                        .hasRole(PASSPORT_OFFICER.name())
                        .requestMatchers(HttpMethod.GET, "/api/passports", "/api/passports/**")
                        .hasAnyRole(PASSPORT_OFFICER.name(), LABOUR_OFFICER.name(), LABOUR_ATTACHE.name(), AUDITOR.name())
                        .requestMatchers(HttpMethod.POST, "/api/agencies", "/api/agencies/**", "/api/contracts",
                                "/api/contracts/**", "/api/returns").hasRole(LABOUR_OFFICER.name())
                        .requestMatchers(HttpMethod.GET, "/api/contracts", "/api/contracts/**")
                        .hasAnyRole(LABOUR_OFFICER.name(), AUDITOR.name(), REGISTRAR.name(), LABOUR_ATTACHE.name())
                        .requestMatchers(HttpMethod.GET, "/api/returns/**").hasAnyRole(LABOUR_OFFICER.name(), AUDITOR.name())
                        .requestMatchers(HttpMethod.GET, "/api/agencies", "/api/agencies/**").hasAnyRole(READERS)
                        // Erasing a case file is the data controller's act, not casework; so is reviewing retention.
                        .requestMatchers(HttpMethod.POST, "/api/grievances/*/erasure").hasRole(ADMIN.name())
                        .requestMatchers(HttpMethod.GET, "/api/grievances/case-files/due-for-review")
                        .hasAnyRole(ADMIN.name(), AUDITOR.name())
                        .requestMatchers(HttpMethod.POST, "/api/grievances", "/api/grievances/**")
                        .hasRole(LABOUR_ATTACHE.name())
                        .requestMatchers(HttpMethod.GET, "/api/grievances", "/api/grievances/**")
                        .hasAnyRole(LABOUR_ATTACHE.name(), AUDITOR.name(), LABOUR_OFFICER.name())
                        .requestMatchers(HttpMethod.GET, "/api/persons", "/api/persons/**", "/api/family-books",
                                "/api/family-books/**", "/api/flags").hasAnyRole(READERS)
                        .anyRequest().denyAll())
                .build();
    }

    /**
     * The web pages: everything outside the API. An anonymous visitor is sent to the login page, except on the
     * certificate check and the published report; a refused login comes back to it saying why, and a throttled one
     * how long to wait. Scripts, styles and fonts are public, so that the login page itself looks right.
     */
    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, AuthenticationManager authenticationManager,
                              ClientAddresses clientAddresses, ObjectProvider<SingleSignOn> singleSignOn)
            throws Exception {
        SingleSignOn sso = singleSignOn.getIfAvailable();
        if (sso != null) {
            sso.onPages(http, LOGIN_PAGE);
        }
        return http
                .authenticationManager(sso == null ? authenticationManager : sso.withLogin(authenticationManager))
                .headers(headers -> secureHeaders(headers, CONTENT_SECURITY_POLICY))
                .formLogin(form -> form
                        .loginPage(LOGIN_PAGE)
                        .authenticationDetailsSource(clientAddresses)
                        .failureHandler(LoginPageAnswers.failure())
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl(LOGIN_PAGE + "?logout").permitAll())
                .exceptionHandling(errors -> errors
                        .accessDeniedPage("/forbidden")
                        // The offline script's requests are told to log in again, not sent to the login form.
                        .authenticationEntryPoint(DelegatingAuthenticationEntryPoint.builder()
                                .addEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                                        PathPatternRequestMatcher.withDefaults().matcher(OFFLINE_SYNC))
                                .defaultEntryPoint(new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE))
                                .build()))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/css/**", "/js/**", "/fonts/**", "/webjars/**", "/favicon.ico").permitAll()
                        .requestMatchers(HttpMethod.GET, CERTIFICATE_CHECKS_FOR_ANYONE).permitAll()
                        .requestMatchers(HttpMethod.GET, PUBLISHED_REPORT).permitAll()
                        .requestMatchers(LOGIN_PAGE).permitAll()
                        .requestMatchers("/forbidden").permitAll()
                        .requestMatchers("/births/**", "/persons/**", "/search", "/family-books/**", "/duplicates/**")
                        .hasRole(REGISTRAR.name())
                        .requestMatchers("/users/**", "/users").hasRole(ADMIN.name())
                        // Those whose pages carry an outbox enrol their browsers, and revoke their own.
                        .requestMatchers(HttpMethod.POST, "/devices", "/devices/*/revocation")
                        .hasAnyRole(REGISTRAR.name(), LABOUR_ATTACHE.name())
                        // The labour attaché's and the auditor's screens.
                        .requestMatchers("/audit/**").hasRole(AUDITOR.name())
                        // Saying why a case file is read is a read: auditors give their purpose as attachés do.
                        .requestMatchers(HttpMethod.POST, "/grievances/*/purpose")
                        .hasAnyRole(LABOUR_ATTACHE.name(), AUDITOR.name())
                        .requestMatchers(HttpMethod.POST, "/grievances", "/grievances/**").hasRole(LABOUR_ATTACHE.name())
                        .requestMatchers("/grievances", "/grievances/**").hasAnyRole(LABOUR_ATTACHE.name(), AUDITOR.name())
                        // The passport and labour officers' screens
                        .requestMatchers("/passports", "/passports/**").hasRole(PASSPORT_OFFICER.name())
                        .requestMatchers("/agencies", "/agencies/**", "/contracts", "/contracts/**", "/returns",
                                "/returns/**", "/labour-flags").hasRole(LABOUR_OFFICER.name())
                        // The dashboards, each part within what the reader may read.
                        .requestMatchers("/dashboard", "/dashboard/**").hasAnyRole(READERS)
                        .anyRequest().authenticated())
                .build();
    }

    /**
     * Strict-Transport-Security goes out on secure requests only (TLS of the registry's own, or of a trusted proxy),
     * as browsers ignore it over plain HTTP; the rest of Spring Security's headers stay as they are.
     */
    private static void secureHeaders(HeadersConfigurer<HttpSecurity> headers, String contentSecurityPolicy) {
        headers.contentSecurityPolicy(policy -> policy.policyDirectives(contentSecurityPolicy))
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true)
                        .maxAgeInSeconds(STRICT_TRANSPORT_MAX_AGE.toSeconds()))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN));
    }

    /**
     * No observation of each security filter, nor of each authentication and access decision: figures nobody reads,
     * for a decorator around every filter a request passes (the property {@code
     * management.observations.enable.spring.security} only makes its observations no-ops and leaves it in place).
     * The request as a whole is still measured ({@code http.server.requests}).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationManager authenticationManager(UserAccounts users, PasswordEncoder passwordEncoder, Clock clock,
                                                LoginThrottle throttle,
                                                @Value("${tabien.security.verified-credentials-ttl:PT5M}") Duration ttl) {
        return new ProviderManager(new ThrottlingAuthenticationProvider(
                new CachedCredentialsAuthenticationProvider(users, passwordEncoder, ttl, clock), throttle));
    }

    @Bean
    @Conditional(SingleSignOnConfigured.class)
    SingleSignOn singleSignOn(SingleSignOnProperties properties, UserAccounts users, OfficesByRole offices) {
        return new SingleSignOn(properties, new SingleSignOnAccounts(users, offices, properties));
    }

    @Bean
    @Conditional(SingleSignOnConfigured.class)
    SingleSignOnLink singleSignOnLink(SingleSignOnProperties properties) {
        return new SingleSignOnLink(properties.providerName(), SingleSignOn.LOGIN_PATH);
    }

    private static String[] names(Role... roles) {
        return java.util.Arrays.stream(roles).map(Role::name).toArray(String[]::new);
    }
}
