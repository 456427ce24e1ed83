package io.tabien.registry.security;

import io.tabien.registry.platform.errors.InvalidValues;
import io.tabien.registry.platform.errors.NotFound;
import io.tabien.registry.platform.commands.Actor;
import io.tabien.registry.platform.commands.Role;
import io.tabien.registry.platform.validation.StorableValues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Creating, listing and unlocking users: the office must fit the roles and the password the policy, and the
 * password is hashed before it is stored.
 */
@Service
public class UserAdministration {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,99}");

    /** A user as an administrator sees them, with the end of their login lockout if they are locked out now. */
    public record ListedUser(UserAccount account, Instant lockedUntil) {
    }

    private static final Logger log = LoggerFactory.getLogger(UserAdministration.class);

    private final UserAccounts users;
    private final PasswordEncoder passwordEncoder;
    private final StorableValues storable;
    private final OfficesByRole offices;
    private final PasswordPolicy passwords;
    private final LoginThrottle throttle;

    UserAdministration(UserAccounts users, PasswordEncoder passwordEncoder, StorableValues storable,
                       OfficesByRole offices, PasswordPolicy passwords, LoginThrottle throttle) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.storable = storable;
        this.offices = offices;
        this.passwords = passwords;
        this.throttle = throttle;
    }

    /**
     * The password is hashed, never stored as text, so it is not normalized: the same keys must log in again.
     *
     * @throws InvalidValues naming {@code username}, or {@code office} and {@code password}, whichever does not fit
     */
    public UserAccount create(String username, String password, Set<Role> roles, String office) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new InvalidValues(List.of(new InvalidValues.Problem("username",
                    "must be 2 to 100 lower-case letters, digits, dots, dashes or underscores")));
        }
        UserAccount account = storable.check(UserAccount.of(username, roles, office));
        List<InvalidValues.Problem> problems = new ArrayList<>();
        offices.refusal(account.roles(), account.office())
                .ifPresent(refusal -> problems.add(new InvalidValues.Problem("office", refusal)));
        passwords.refusal(password, account.username())
                .ifPresent(refusal -> problems.add(new InvalidValues.Problem("password", refusal)));
        if (!problems.isEmpty()) {
            throw new InvalidValues(problems);
        }
        if (account.username().equals(Actor.REGISTRY)) {
            // The registry's own process steps act under this name; a user holding it could pass for them.
            throw new UserAlreadyExists(username);
        }
        try {
            users.create(account, passwordEncoder.encode(password), CurrentActor.currentAccount().username());
        } catch (DuplicateKeyException taken) {
            throw new UserAlreadyExists(username);
        }
        return account;
    }

    public List<ListedUser> list() {
        Map<String, Instant> locked = throttle.lockedUsers();
        return users.list().stream()
                .map(account -> new ListedUser(account, locked.get(account.username())))
                .toList();
    }

    /**
     * Lifts a login lockout of the user on this node, so that they can try their password again at once.
     *
     * @throws NotFound if there is no such user
     */
    public void unlock(String username) {
        if (!users.exists(username)) {
            throw new NotFound("user", username);
        }
        throttle.unlock(username);
        log.info("Administrator '{}' lifted the login lockout of user '{}'.", CurrentActor.currentAccount().username(),
                username);
    }
}
