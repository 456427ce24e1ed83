package io.tabien.registry.security;

import io.tabien.registry.platform.commands.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The user table. Password hashes never leave this class and the authentication provider. */
@Repository
public class UserAccounts {

    record StoredUser(UserAccount account, String passwordHash, boolean enabled) {
    }

    private static final RowMapper<UserAccount> ACCOUNT = (row, n) ->
            UserAccount.of(row.getString("username"), roles(row.getArray("roles")), row.getString("office"));

    private final JdbcTemplate jdbc;

    UserAccounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredUser> find(String username) {
        return jdbc.query("select username, password_hash, roles, office, enabled from app_user where username = ?",
                (row, n) -> new StoredUser(ACCOUNT.mapRow(row, n), row.getString("password_hash"),
                        row.getBoolean("enabled")),
                username).stream().findFirst();
    }

    public boolean exists(String username) {
        Boolean exists = jdbc.queryForObject("select exists(select 1 from app_user where username = ?)",
                Boolean.class, username);
        return Boolean.TRUE.equals(exists);
    }

    /** @throws org.springframework.dao.DuplicateKeyException if the user name is taken */
    public void create(UserAccount account, String passwordHash, String createdBy) {
        String[] roles = account.roles().stream().map(Role::name).toArray(String[]::new);
        jdbc.update("""
                        insert into app_user (username, password_hash, roles, office, created_by)
                        values (?, ?, ?, ?, ?)""",
                ps -> {
                    ps.setString(1, account.username());
                    ps.setString(2, passwordHash);
                    ps.setArray(3, ps.getConnection().createArrayOf("text", roles));
                    ps.setString(4, account.office());
                    ps.setString(5, createdBy);
                });
    }

    public List<UserAccount> list() {
        return jdbc.query("select username, roles, office from app_user order by username", ACCOUNT);
    }

    private static Set<Role> roles(Array array) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream((String[]) array.getArray()).map(Role::valueOf).forEach(roles::add);
        return roles;
    }
}
