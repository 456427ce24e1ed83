package io.tabien.registry.security;

import io.tabien.contracts.Text;

import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A user as the rest of the application sees them once authenticated: never with a password.
 *
 * @param office the jurisdiction code the user works for: a province (LA-XE), a district (1501) or, for a labour
 *               attaché, a destination country (TH); null for national roles
 */
public record UserAccount(@Text(maxLength = 100) String username, SortedSet<Role> roles,
                          @Text(maxLength = 20) String office) {

    public UserAccount {
        roles = new TreeSet<>(roles);
    }

    public static UserAccount of(String username, Set<Role> roles, String office) {
        return new UserAccount(username, new TreeSet<>(roles), office);
    }

    public String rolesAsText() {
        return roles.stream().map(Role::name).collect(Collectors.joining(","));
    }
}
