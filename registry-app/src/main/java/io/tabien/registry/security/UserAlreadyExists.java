package io.tabien.registry.security;

import io.tabien.registry.platform.errors.Conflict;
import io.tabien.registry.platform.errors.Refusal;

@Refusal(rule = "UserAlreadyExists", description = "A user with this name already exists.")
public class UserAlreadyExists extends Conflict {

    UserAlreadyExists(String username) {
        super("A user named '" + username + "' already exists.");
    }
}
