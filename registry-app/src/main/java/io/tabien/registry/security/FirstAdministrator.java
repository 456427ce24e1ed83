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
 */
@Component
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final UserAccounts users;
    private final PasswordEncoder passwordEncoder;
    private final String username;
    private final String configuredPassword;

    FirstAdministrator(UserAccounts users, PasswordEncoder passwordEncoder,
                       @Value("${tabien.admin.username:admin}") String username,
                       @Value("${tabien.admin.password:}") String configuredPassword) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.username = username;
        this.configuredPassword = configuredPassword;
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

    private static String generatePassword() {
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
