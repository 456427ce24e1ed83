package io.tabien.registry.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.List;

/**
 * Single sign-on through an OpenID Connect provider, beside the registry's own passwords. Nothing of it is active,
 * and nothing is fetched from the network, unless {@code issuerUri} is set (see README, "Single sign-on").
 *
 * @param issuerUri     the provider's issuer; its discovery document, keys and endpoints are read from there when
 *                      first needed, so the registry starts while the provider is unreachable
 * @param providerName  the provider's name on the login page's "Sign in with" link
 * @param clientId      the registry's client at the provider, for the web pages' login
 * @param clientSecret  that client's secret; the login also sends a PKCE challenge
 * @param scopes        the scopes asked for at login
 * @param audience      the audience the API requires in a bearer token; the client id when not set
 * @param usernameClaim the claim naming the user, who must have an enabled account in the registry
 * @param rolesClaim    the claim listing the user's roles by name ({@code REGISTRAR}, ...)
 * @param officeClaim   the claim holding the user's office (jurisdiction code); absent for national roles
 */
@ConfigurationProperties("tabien.sso")
record SingleSignOnProperties(
        String issuerUri,
        @DefaultValue("the identity provider") String providerName,
        String clientId,
        String clientSecret,
        @DefaultValue({"openid", "profile"}) List<String> scopes,
        String audience,
        @DefaultValue("preferred_username") String usernameClaim,
        @DefaultValue("tabien_roles") String rolesClaim,
        @DefaultValue("tabien_office") String officeClaim) {

    boolean enabled() {
        return issuerUri != null && !issuerUri.isBlank();
    }

    /** A token for another audience was meant for another service, and must not open the registry's API. */
    String requiredAudience() {
        String required = audience != null && !audience.isBlank() ? audience : clientId;
        if (required == null || required.isBlank()) {
            throw new IllegalStateException("tabien.sso.issuer-uri is set, but neither tabien.sso.audience nor "
                    + "tabien.sso.client-id: the API would accept the provider's tokens meant for any service");
        }
        return required;
    }
}
