package io.tabien.registry.security.api;

import io.tabien.registry.platform.commands.Role;
import io.tabien.registry.security.UserAccount;

import java.util.Set;

record UserView(String username, Set<Role> roles, String office) {

    static UserView of(UserAccount account) {
        return new UserView(account.username(), account.roles(), account.office());
    }
}
