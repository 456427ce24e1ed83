package io.tabien.registry.platform.database;

import io.tabien.registry.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;

import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded database is set up for a registry, not for tests: acknowledged commits are on disk, nobody connects
 * without a password, and the registry's own role can neither rewrite history nor switch its guards off.
 */
class EmbeddedDatabaseSafetyTest extends IntegrationTest {

    @Autowired
    private EmbeddedPostgresServer database;

    @Test
    void everyCommitIsOnDiskBeforeItIsAcknowledged() {
        assertThat(jdbc.queryForObject("show fsync", String.class)).isEqualTo("on");
        assertThat(jdbc.queryForObject("show synchronous_commit", String.class)).isEqualTo("on");
        assertThat(jdbc.queryForObject("show full_page_writes", String.class)).isEqualTo("on");
    }

    @Test
    void laoNamesHaveLettersForTrigramSearch() {
        assertThat(jdbc.queryForObject("select cardinality(show_trgm('ຄຳພອນ'))", Integer.class)).isPositive();
        assertThat(jdbc.queryForObject("select lower('ÉCOLE')", String.class)).isEqualTo("école");
    }

    @Test
    void connectingWithoutTheRightPasswordIsRefused() {
        for (String role : List.of(EmbeddedDatabaseCredentials.SUPERUSER, EmbeddedDatabaseCredentials.OWNER,
                EmbeddedDatabaseCredentials.APPLICATION)) {
            assertThatThrownBy(() -> connect(role, null)).as(role).isInstanceOf(SQLException.class)
                    .hasFieldOrPropertyWithValue("SQLState", "08004");
            assertThatThrownBy(() -> connect(role, "a-guessed-password")).as(role).isInstanceOf(SQLException.class)
                    .hasFieldOrPropertyWithValue("SQLState", "28P01");
        }
        assertThat(superuser().queryForObject("select count(*) from pg_hba_file_rules where auth_method = 'trust'",
                Integer.class)).as("trusted connections").isZero();
    }

    @Test
    void thePasswordsAreReadableByTheirOwnerOnly() throws Exception {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                database.dataDirectory().resolve(EmbeddedDatabaseCredentials.FILE_NAME)))).isEqualTo("rw-------");
    }

    @Test
    void theRegistryRunsAsARoleThatNeitherIsSuperuserNorOwnsItsTables() {
        assertThat(jdbc.queryForObject("select current_user", String.class))
                .isEqualTo(EmbeddedDatabaseCredentials.APPLICATION);
        assertThat(jdbc.queryForObject("select rolsuper from pg_roles where rolname = current_user", Boolean.class))
                .isFalse();
        assertThat(jdbc.queryForObject("select count(*) from pg_class where relowner = current_user::regrole",
                Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select tableowner from pg_tables where tablename = 'domain_event_entry'",
                String.class)).isEqualTo(EmbeddedDatabaseCredentials.OWNER);
    }

    @Test
    void theRegistrysRoleCannotSwitchTheAppendOnlyGuardsOff() {
        for (String attempt : List.of("set session_replication_role = replica",
                "alter table domain_event_entry disable trigger all",
                "alter table event_chain disable trigger all",
                "drop trigger domain_event_entry_append_only_rows on domain_event_entry")) {
            assertThatThrownBy(() -> jdbc.execute(attempt)).as(attempt).isInstanceOf(DataAccessException.class)
                    .rootCause().satisfiesAnyOf(
                            denied -> assertThat(denied).hasMessageContaining("permission denied"),
                            denied -> assertThat(denied).hasMessageContaining("must be owner"));
        }
    }

    @Test
    void theRegistrysRoleMayOnlyReadAndAppendTheEventsAndTheAuditChain() {
        for (String table : List.of("domain_event_entry", "event_chain", "audit_checkpoint")) {
            for (String privilege : List.of("UPDATE", "DELETE", "TRUNCATE")) {
                assertThat(hasPrivilege(table, privilege)).as("%s on %s", privilege, table).isFalse();
            }
            assertThat(hasPrivilege(table, "SELECT")).as("reading %s", table).isTrue();
            assertThat(hasPrivilege(table, "INSERT")).as("appending to %s", table).isTrue();
        }
        assertThat(hasPrivilege("person_registry", "DELETE")).as("a read model is rebuilt").isTrue();
    }

    private boolean hasPrivilege(String table, String privilege) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select has_table_privilege(current_user, ?, ?)",
                Boolean.class, table, privilege));
    }

    private void connect(String role, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", role);
        if (password != null) {
            properties.setProperty("password", password);
        }
        DriverManager.getConnection(database.jdbcUrl(), properties).close();
    }
}
