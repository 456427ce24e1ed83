package io.tabien.registry.security;

import io.tabien.registry.platform.commands.Actor;
import io.tabien.registry.platform.commands.Role;
import io.tabien.registry.platform.validation.StorableValues;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Creating users: the office a role needs is checked here, the password is hashed before it is stored. */
@Service
public class UserAdministration {

    private static final Pattern LAO_JURISDICTION = Pattern.compile("LA-[A-Z]{2}|[0-9]{4}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    private final UserAccounts users;
    private final PasswordEncoder passwordEncoder;
    private final StorableValues storable;

    UserAdministration(UserAccounts users, PasswordEncoder passwordEncoder, StorableValues storable) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.storable = storable;
    }

    /** The password is hashed, never stored as text, so it is not normalized: the same keys must log in again. */
    public UserAccount create(String username, String password, Set<Role> roles, String office) {
        UserAccount account = storable.check(UserAccount.of(username, roles, office));
        String jurisdiction = account.office();
        if (roles.contains(Role.REGISTRAR) && (jurisdiction == null || !LAO_JURISDICTION.matcher(jurisdiction).matches())) {
            throw new OfficeRequired(Role.REGISTRAR, "a province code such as LA-XE or a district code such as 1501");
        }
        if (roles.contains(Role.LABOUR_ATTACHE) && (jurisdiction == null || !COUNTRY.matcher(jurisdiction).matches())) {
            throw new OfficeRequired(Role.LABOUR_ATTACHE, "the ISO 3166-1 alpha-2 code of the destination country, such as TH");
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

    public List<UserAccount> list() {
        return users.list();
    }
}
