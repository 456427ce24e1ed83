package io.tabien.registry.security;

import io.tabien.registry.platform.commands.Role;
import org.springframework.security.oauth2.core.ClaimAccessor;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who a provider's token or ID token says the user is, as a registry account. The provider decides the roles and
 * the office (it is where they are managed once SSO is on); the registry decides whether the user may come in at
 * all: the user name must belong to an enabled account of its own, and the office must fit the roles as for any
 * account ({@link OfficesByRole}). The stored account's own roles and office are not used for such a login.
 */
class SingleSignOnAccounts {

    private final UserAccounts users;
    private final OfficesByRole offices;
    private final SingleSignOnProperties properties;

    SingleSignOnAccounts(UserAccounts users, OfficesByRole offices, SingleSignOnProperties properties) {
        this.users = users;
        this.offices = offices;
        this.properties = properties;
    }

    /** @throws SingleSignOnRefused saying why the user may not come in */
    UserAccount admit(ClaimAccessor claims) {
        String username = claims.getClaimAsString(properties.usernameClaim());
        if (username == null || username.isBlank()) {
            throw new SingleSignOnRefused(SingleSignOnRefused.Reason.NO_USERNAME, "The token names no user: its '"
                    + properties.usernameClaim() + "' claim is missing.");
        }
        boolean enabled = users.find(username).filter(UserAccounts.StoredUser::enabled).isPresent();
        if (!enabled) {
            throw new SingleSignOnRefused(SingleSignOnRefused.Reason.UNKNOWN_USER, "The user the token names has no "
                    + "enabled account in the registry; an administrator must create it under the same user name.");
        }
        Set<Role> roles = roles(claims);
        String office = claims.getClaimAsString(properties.officeClaim());
        if (office != null && office.isBlank()) {
            office = null;
        }
        String unfit = offices.refusal(roles, office).orElse(null);
        if (unfit != null) {
            throw new SingleSignOnRefused(SingleSignOnRefused.Reason.OFFICE_UNFIT, "The office in the token's '"
                    + properties.officeClaim() + "' claim does not fit its roles: " + unfit + ".");
        }
        return UserAccount.of(username, roles, office);
    }

    private Set<Role> roles(ClaimAccessor claims) {
        Object claim = claims.getClaims().get(properties.rolesClaim());
        Collection<?> names = claim instanceof Collection<?> many ? many : claim == null ? List.of() : List.of(claim);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Set<String> unknown = new TreeSet<>();
        for (Object name : names) {
            try {
                roles.add(Role.valueOf(String.valueOf(name)));
            } catch (IllegalArgumentException notARole) {
                unknown.add(String.valueOf(name));
            }
        }
        if (roles.isEmpty() || !unknown.isEmpty()) {
            throw new SingleSignOnRefused(SingleSignOnRefused.Reason.NO_ROLES, "The token's '"
                    + properties.rolesClaim() + "' claim must list roles of the registry " + EnumSet.allOf(Role.class)
                    + (unknown.isEmpty() ? "; it lists none." : "; it lists unknown ones: " + unknown + "."));
        }
        return roles;
    }
}
