package io.tabien.registry.security;

import io.tabien.registry.platform.errors.Conflict;

public class UserAlreadyExists extends Conflict {

    UserAlreadyExists(String username) {
        super("A user named '" + username + "' already exists.");
    }
}
