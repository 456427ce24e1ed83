package io.tabien.registry.support;

import io.tabien.registry.platform.database.EmbeddedDatabaseCredentials;
import io.tabien.registry.platform.database.EmbeddedPostgresServer;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.UUID;

/**
 * The whole registry on a real embedded PostgreSQL of its own, called over HTTP. All subclasses share one
 * application and one database, so tests create their own records and never assume an empty store.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // Always a database of the test's own, even where TABIEN_DB_URL points at a real one: some tests tamper.
        "spring.datasource.url=",
        "tabien.database.embedded.port=0",
        "tabien.admin.username=" + IntegrationTest.ADMIN,
        "tabien.admin.password=" + IntegrationTest.ADMIN_PASSWORD,
        // Tests that fail logins on purpose say they come from an address of their own (X-Forwarded-For), so that
        // the locks they cause never reach the other tests, which all come from 127.0.0.1.
        "tabien.security.trusted-proxies=127.0.0.1"
})
public abstract class IntegrationTest {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "integration-admin-password";
    protected static final String PASSWORD = "a-long-enough-password";

    @LocalServerPort
    private int port;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    private EmbeddedPostgresServer database;

    protected Api api;
    protected Api admin;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("tabien.database.embedded.data-directory", () -> TestDatabases.SHARED);
        registry.add("tabien.audit.key-file", () -> TestDatabases.SHARED + ".audit-signing.key");
        registry.add("tabien.certificates.key-file", () -> TestDatabases.SHARED + ".certificate-signing.key");
        registry.add("tabien.audit.heads-file", () -> TestDatabases.SHARED + ".audit-heads.log");
    }

    @BeforeEach
    void connect() {
        api = Api.at(port);
        admin = api.as(ADMIN, ADMIN_PASSWORD);
    }

    protected int port() {
        return port;
    }

    /** A new user with the given role and office; answers a client logged in as them. */
    protected Api user(String role, String office) {
        return api.as(newUser(role, office), PASSWORD);
    }

    /** A new user with the given role and office; answers their user name (their password is {@link #PASSWORD}). */
    protected String newUser(String role, String office) {
        String username = role.toLowerCase().replace('_', '-') + "-" + UUID.randomUUID().toString().substring(0, 8);
        String body = office == null
                ? "{\"username\":\"%s\",\"password\":\"%s\",\"roles\":[\"%s\"]}".formatted(username, PASSWORD, role)
                : "{\"username\":\"%s\",\"password\":\"%s\",\"roles\":[\"%s\"],\"office\":\"%s\"}"
                        .formatted(username, PASSWORD, role, office);
        Api.Response created = admin.post("/api/admin/users", body);
        if (created.status() != 201) {
            throw new IllegalStateException("could not create a test user: " + created);
        }
        return username;
    }

    /**
     * The database as its superuser, for tests that play an attacker with full rights over the database (disabling
     * a trigger, rewriting rows); the registry itself never connects so.
     */
    protected JdbcTemplate superuser() {
        return new JdbcTemplate(superuserDataSource());
    }

    /** The database as the owner of its tables, who may switch their append-only triggers off; the registry never does. */
    protected JdbcTemplate owner() {
        return new JdbcTemplate(new DriverManagerDataSource(database.jdbcUrl(), EmbeddedDatabaseCredentials.OWNER,
                database.credentials().ownerPassword()));
    }

    protected DriverManagerDataSource superuserDataSource() {
        return new DriverManagerDataSource(database.jdbcUrl(), EmbeddedDatabaseCredentials.SUPERUSER,
                database.credentials().superuserPassword());
    }

    /** The global index of the newest event stored; 0 in an empty store. */
    protected long head() {
        Long head = jdbc.queryForObject("select coalesce(max(global_index), 0) from domain_event_entry", Long.class);
        return head == null ? 0 : head;
    }

    protected long eventCount() {
        Long count = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        return count == null ? 0 : count;
    }
}
