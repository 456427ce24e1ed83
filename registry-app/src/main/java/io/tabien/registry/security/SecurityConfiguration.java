package io.tabien.registry.security;

import io.tabien.registry.platform.commands.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.SingleResultAuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
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
 * HTTP Basic over a stateless API. Who may call what is listed here, in one place, so that it can be read and
 * audited as a whole.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /**
     * Anyone may check a certificate, without logging in: the verification page, its files and the service worker
     * that keeps them offline, the check of a code, and the list of the keys that sign certificates.
     */
    static final String[] CERTIFICATE_CHECKS_FOR_ANYONE = {"/verify", "/verify/**", "/verify-sw.js",
            "/api/certificates/verify", "/api/certificates/keys"};

    private static final String[] READERS = names(REGISTRAR, PASSPORT_OFFICER, LABOUR_OFFICER, LABOUR_ATTACHE, AUDITOR);

    /**
     * @param publicApiDescription whether anyone may read the API description without logging in (the {@code dev}
     *                             profile's choice); else it takes a login, as it maps every operation. Health is
     *                             open to all, but shows its details only to administrators and auditors.
     */
    @Bean
    SecurityFilterChain api(HttpSecurity http, AuthenticationManager authenticationManager, JsonMapper json,
                            ClientAddresses clientAddresses,
                            @Value("${tabien.security.public-api-description:false}") boolean publicApiDescription)
            throws Exception {
        ProblemResponses problems = new ProblemResponses(json);
        return http
                .csrf(csrf -> csrf.disable())
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
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                        .access(publicApiDescription ? SingleResultAuthorizationManager.permitAll()
                                : AuthenticatedAuthorizationManager.authenticated())
                        .requestMatchers("/error").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/problems").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/admin/dead-letters")
                        .hasAnyRole(ADMIN.name(), AUDITOR.name())
                        .requestMatchers("/api/admin/**").hasRole(ADMIN.name())
                        .requestMatchers("/api/audit/**").hasRole(AUDITOR.name())
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
                        .requestMatchers(HttpMethod.POST, "/api/grievances", "/api/grievances/**")
                        .hasRole(LABOUR_ATTACHE.name())
                        .requestMatchers(HttpMethod.GET, "/api/grievances", "/api/grievances/**")
                        .hasAnyRole(LABOUR_ATTACHE.name(), AUDITOR.name(), LABOUR_OFFICER.name())
                        .requestMatchers(HttpMethod.GET, "/api/persons", "/api/persons/**", "/api/family-books",
                                "/api/family-books/**", "/api/flags").hasAnyRole(READERS)
                        .anyRequest().denyAll())
                .build();
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

    private static String[] names(Role... roles) {
        return java.util.Arrays.stream(roles).map(Role::name).toArray(String[]::new);
    }
}
