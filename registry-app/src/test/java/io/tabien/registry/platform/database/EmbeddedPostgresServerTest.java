package io.tabien.registry.platform.database;

import io.tabien.registry.support.TestDatabases;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class EmbeddedPostgresServerTest {

    private static final Path BINARIES = Path.of(System.getProperty("java.io.tmpdir"), "tabien-postgres");

    @Test
    void aDataDirectoryThatTrustedEveryConnectionGetsPasswordsAndItsTablesAnOwner() throws Exception {
        Path data = TestDatabases.fresh();
        try (EmbeddedPostgres trusting = EmbeddedPostgres.builder().setDataDirectory(data)
                .setCleanDataDirectory(false).start();
             Connection connection = trusting.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("create table flyway_schema_history (installed_rank int primary key)");
            statement.execute("create table person_registry (person_id uuid primary key, given_name text)");
            statement.execute("create table person_registry_history (id bigserial primary key)");
            statement.execute("create view person_names as select given_name from person_registry");
            statement.execute("create function refuse_change() returns trigger language plpgsql as $$ begin "
                    + "return null; end $$");
            statement.execute("insert into person_registry values (gen_random_uuid(), 'ບຸນມີ')");
        }

        try (EmbeddedPostgresServer server = new EmbeddedPostgresServer(data, 0, BINARIES).start()) {
            EmbeddedDatabaseCredentials credentials = server.credentials();
            assertThat(credentials.database()).as("the registry's data stays where it is").isEqualTo("postgres");
            assertThatThrownBy(() -> server.connect(EmbeddedDatabaseCredentials.SUPERUSER, null, "postgres").close())
                    .isInstanceOf(SQLException.class);

            JdbcTemplate superuser = jdbc(server, EmbeddedDatabaseCredentials.SUPERUSER, credentials.superuserPassword());
            for (String relation : new String[]{"person_registry", "person_registry_history",
                    "person_registry_history_id_seq", "person_names", "flyway_schema_history"}) {
                assertThat(superuser.queryForObject("select pg_get_userbyid(relowner) from pg_class where relname = ?",
                        String.class, relation)).as(relation).isEqualTo(EmbeddedDatabaseCredentials.OWNER);
            }
            assertThat(superuser.queryForObject("select pg_get_userbyid(proowner) from pg_proc where proname = ?",
                    String.class, "refuse_change")).isEqualTo(EmbeddedDatabaseCredentials.OWNER);
            assertThat(jdbc(server, EmbeddedDatabaseCredentials.OWNER, credentials.ownerPassword())
                    .queryForObject("select given_name from person_registry", String.class)).isEqualTo("ບຸນມີ");
        }
    }

    @Test
    void aServerThatDiesIsStartedAgainOnTheSameDataAndPort() throws Exception {
        try (EmbeddedPostgresServer server = new EmbeddedPostgresServer(TestDatabases.fresh(), 0, BINARIES).start()) {
            EmbeddedDatabaseCredentials credentials = server.credentials();
            server.watch(Duration.ofMillis(500));

            String killed = postmasterPid(server);
            CrashRecoveryTest.killEveryProcessOf(server);

            await().atMost(Duration.ofSeconds(60)).ignoreExceptions()
                    .until(() -> server.isRunning() && !killed.equals(postmasterPid(server)));
            await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> assertThat(
                    jdbc(server, EmbeddedDatabaseCredentials.APPLICATION, credentials.applicationPassword())
                            .queryForObject("show fsync", String.class)).isEqualTo("on"));
        }
    }

    @Test
    void aPortTakenByAnotherProgramIsRefusedAtOnce() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(TestDatabases.fresh(), taken.getLocalPort(),
                    BINARIES);
            assertThatThrownBy(server::start).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Port " + taken.getLocalPort()).hasMessageContaining("in use");
            server.close();
        }
    }

    private static String postmasterPid(EmbeddedPostgresServer server) throws java.io.IOException {
        return java.nio.file.Files.readAllLines(server.dataDirectory().resolve("postmaster.pid")).get(0);
    }

    private static JdbcTemplate jdbc(EmbeddedPostgresServer server, String role, String password) {
        return new JdbcTemplate(new DriverManagerDataSource(server.jdbcUrl(), role, password));
    }
}
