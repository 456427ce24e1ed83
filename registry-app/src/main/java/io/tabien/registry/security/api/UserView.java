package io.tabien.registry.security.api;

import io.tabien.registry.platform.commands.Role;
import io.tabien.registry.security.UserAccount;
import io.tabien.registry.security.UserAdministration;

import java.time.Instant;
import java.util.Set;

/** @param lockedUntil when the user's login lockout ends, if they are locked out now (on this node); else null */
record UserView(String username, Set<Role> roles, String office, Instant lockedUntil) {

    static UserView of(UserAccount account) {
        return new UserView(account.username(), account.roles(), account.office(), null);
    }

    static UserView of(UserAdministration.ListedUser user) {
        return new UserView(user.account().username(), user.account().roles(), user.account().office(),
                user.lockedUntil());
    }
}
