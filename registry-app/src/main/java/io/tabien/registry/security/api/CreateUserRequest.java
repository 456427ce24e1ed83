package io.tabien.registry.security.api;

import io.tabien.registry.platform.commands.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Set;

record CreateUserRequest(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9._-]{1,99}",
                message = "must be 2 to 100 lower-case letters, digits, dots, dashes or underscores") String username,
        // Its length, commonness and the rest are judged by the password policy, which also judges the first admin's.
        @NotBlank String password,
        @NotEmpty Set<Role> roles,
        @Size(max = 20) String office) {

    @Override
    public String toString() {
        return "CreateUserRequest[username=" + username + ", roles=" + roles + ", office=" + office + "]";
    }
}
