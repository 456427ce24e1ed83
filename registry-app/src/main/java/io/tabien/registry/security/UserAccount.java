package io.tabien.registry.security;

import io.tabien.contracts.Text;
import io.tabien.registry.platform.commands.Actor;
import io.tabien.registry.platform.commands.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

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

    /** The user as the actor of what they send and read. */
    public Actor asActor() {
        return Actor.user(username, roles, office);
    }

    /** The user as logged in, whichever door they came through: with a password or the provider's token. */
    UsernamePasswordAuthenticationToken asAuthentication() {
        return UsernamePasswordAuthenticationToken.authenticated(this, null,
                roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList());
    }
}
