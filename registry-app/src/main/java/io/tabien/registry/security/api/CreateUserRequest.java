package io.tabien.registry.security.api;

import io.tabien.registry.platform.commands.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import java.util.Set;

record CreateUserRequest(
        // Its form is judged by the user administration, for the API and the web page alike.
        @NotBlank String username,
        // Its length, commonness and the rest are judged by the password policy, which also judges the first admin's.
        @NotBlank String password,
        @NotEmpty Set<Role> roles,
        @Size(max = 20) String office) {

    @Override
    public String toString() {
        return "CreateUserRequest[username=" + username + ", roles=" + roles + ", office=" + office + "]";
    }
}
