package io.tabien.registry.security;

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

    UserAdministration(UserAccounts users, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    public UserAccount create(String username, String password, Set<Role> roles, String office) {
        if (roles.contains(Role.REGISTRAR) && (office == null || !LAO_JURISDICTION.matcher(office).matches())) {
            throw new OfficeRequired(Role.REGISTRAR, "a province code such as LA-XE or a district code such as 1501");
        }
        if (roles.contains(Role.LABOUR_ATTACHE) && (office == null || !COUNTRY.matcher(office).matches())) {
            throw new OfficeRequired(Role.LABOUR_ATTACHE, "the ISO 3166-1 alpha-2 code of the destination country, such as TH");
        }
        UserAccount account = UserAccount.of(username, roles, office);
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
