package io.tabien.registry.security;

/**
 * The login page's "Sign in with" link, present only when single sign-on is configured.
 *
 * @param providerName the provider's name as the link shows it
 * @param path         where the link starts the login with the provider
 */
public record SingleSignOnLink(String providerName, String path) {
}
