package io.tabien.registry.security;

import io.tabien.registry.platform.commands.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;

/**
 * Creates the first administrator when the registry starts with none. Its password comes from
 * {@code TABIEN_ADMIN_PASSWORD}, or is generated and shown once on the console, never written to the log.
 * A configured password must pass the {@link PasswordPolicy}, at every start (even once the administrator exists, a
 * weak one in the configuration is a mistake to correct): the registry refuses to start with one that does not.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final UserAccounts users;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy policy;
    private final String username;
    private final String configuredPassword;

    FirstAdministrator(UserAccounts users, PasswordEncoder passwordEncoder, PasswordPolicy policy,
                       @Value("${tabien.admin.username:admin}") String username,
                       @Value("${tabien.admin.password:}") String configuredPassword) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.policy = policy;
        this.username = username;
        this.configuredPassword = configuredPassword;
        if (StringUtils.hasText(configuredPassword)) {
            policy.refusal(configuredPassword, username).ifPresent(refusal -> {
                throw new WeakAdministratorPassword(refusal);
            });
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.exists(username)) {
            return;
        }
        boolean generated = !StringUtils.hasText(configuredPassword);
        String password = generated ? generatePassword() : configuredPassword;
        users.create(UserAccount.of(username, EnumSet.of(Role.ADMIN), null), passwordEncoder.encode(password), null);
        if (generated) {
            log.warn("Created the first administrator '{}' with a generated password, shown once on the console.",
                    username);
            System.out.printf("%n    Tabien administrator: %s%n    Password (shown once): %s%n%n", username, password);
        } else {
            log.info("Created the first administrator '{}' with the password from TABIEN_ADMIN_PASSWORD.", username);
        }
    }

    /** 24 random characters; drawn again in the (astronomically unlikely) case that the policy refuses them. */
    String generatePassword() {
        SecureRandom random = new SecureRandom();
        while (true) {
            byte[] bytes = new byte[18];
            random.nextBytes(bytes);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            if (policy.refusal(password, username).isEmpty()) {
                return password;
            }
        }
    }
}
