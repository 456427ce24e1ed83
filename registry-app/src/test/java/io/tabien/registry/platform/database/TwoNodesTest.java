package io.tabien.registry.platform.database;

import io.tabien.registry.support.Api;
import io.tabien.registry.support.RegistryProcess;
import io.tabien.registry.support.TestDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static io.tabien.registry.platform.database.CrashRecoveryTest.ADMIN_PASSWORD;
import static io.tabien.registry.platform.database.CrashRecoveryTest.PASSWORD;
import static io.tabien.registry.platform.database.CrashRecoveryTest.REGISTRAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two registries on one PostgreSQL, the documented way to scale out: both take writes and answer reads of them,
 * each projection runs on one node at a time, and when a node dies the other takes its projections over.
 */
class TwoNodesTest {

    private static final String BIRTH = """
            {"givenName": "ສົມພອນ", "familyName": "ແກ້ວມະນີ", "sex": "F", "dateOfBirth": "2025-08-01",
             "placeOfBirth": {"province": "LA-VT", "district": "0101"}}""";
    private static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(5);

    @Test
    void bothNodesTakeWritesAndReadThemAndTheSurvivorTakesOverTheProjections() {
        Path data = TestDatabases.fresh();
        try (EmbeddedPostgresServer database = new EmbeddedPostgresServer(data, 0,
                Path.of(System.getProperty("java.io.tmpdir"), "tabien-postgres")).start()) {
            JdbcTemplate store = new JdbcTemplate(new DriverManagerDataSource(database.jdbcUrl(),
                    EmbeddedDatabaseCredentials.APPLICATION, database.credentials().applicationPassword()));
            String[] arguments = nodeArguments(database, data);
            List<String> persons = new ArrayList<>();
            try (RegistryProcess first = RegistryProcess.start("first-node", arguments)) {
                CrashRecoveryTest.createRegistrar(first.api());
                // The first node holds every projection; the second starts with none.
                await().atMost(Duration.ofSeconds(60)).until(() -> owners(store).equals(Set.of(first.pid() + "@" + host())));
                try (RegistryProcess second = RegistryProcess.start("second-node", arguments)) {
                    Api onFirst = first.api().as(REGISTRAR, PASSWORD);
                    Api onSecond = second.api().as(REGISTRAR, PASSWORD);

                    for (int i = 0; i < 10; i++) {
                        for (Api node : List.of(onFirst, onSecond)) {
                            Api.Response written = node.post("/api/births", BIRTH);
                            assertThat(written.status()).isEqualTo(201);
                            String location = written.header("Location");
                            Api.Response read = node.get(location);
                            assertThat(read.status()).as("read back on the node that wrote it").isEqualTo(200);
                            assertThat(read.header("Tabien-Consistency")).isEqualTo("current");
                            Api.Response elsewhere = (node == onFirst ? onSecond : onFirst).get(location,
                                    "Tabien-Position", written.header("Tabien-Position"));
                            assertThat(elsewhere.status()).as("read on the other node").isEqualTo(200);
                            persons.add(written.json().get("id").asString());
                        }
                    }
                    assertThat(owners(store)).as("the first node still holds every projection")
                            .containsExactly(first.pid() + "@" + host());

                    long killedAt = System.nanoTime();
                    first.kill();
                    await().atMost(CLAIM_TIMEOUT.plusSeconds(30)).until(() ->
                            owners(store).equals(Set.of(second.pid() + "@" + host())));
                    Duration takeover = Duration.ofNanos(System.nanoTime() - killedAt);
                    assertThat(takeover).isLessThan(CLAIM_TIMEOUT.plusSeconds(20));

                    for (int i = 0; i < 5; i++) {
                        Api.Response written = onSecond.post("/api/births", BIRTH);
                        assertThat(written.status()).isEqualTo(201);
                        assertThat(onSecond.get(written.header("Location")).status()).isEqualTo(200);
                        persons.add(written.json().get("id").asString());
                    }
                    CrashRecoveryTest.assertEveryOneReadable(onSecond, persons);
                }
            }
            assertNoReadModelRowWrittenTwice(store, persons.size());
        }
    }

    private static String[] nodeArguments(EmbeddedPostgresServer database, Path data) {
        EmbeddedDatabaseCredentials credentials = database.credentials();
        return new String[]{
                "--spring.datasource.url=" + database.jdbcUrl(),
                "--spring.datasource.username=" + EmbeddedDatabaseCredentials.APPLICATION,
                "--spring.datasource.password=" + credentials.applicationPassword(),
                "--tabien.database.owner.username=" + EmbeddedDatabaseCredentials.OWNER,
                "--tabien.database.owner.password=" + credentials.ownerPassword(),
                "--tabien.events.token-claim-timeout=" + CLAIM_TIMEOUT,
                "--tabien.audit.key-file=" + data + ".audit-signing.key",
                "--tabien.certificates.key-file=" + data + ".certificate-signing.key",
                "--tabien.admin.password=" + ADMIN_PASSWORD};
    }

    /**
     * Who holds the projections' segments (one row per processor and segment in the token table, so one owner
     * each); a segment nobody holds counts as the empty name.
     */
    private static Set<String> owners(JdbcTemplate store) {
        return Set.copyOf(store.queryForList("select distinct coalesce(owner, '') from token_entry", String.class));
    }

    /** A node names itself as its JVM does: process id, at, host name. */
    private static String host() {
        String self = java.lang.management.ManagementFactory.getRuntimeMXBean().getName();
        return self.substring(self.indexOf('@') + 1);
    }

    private static void assertNoReadModelRowWrittenTwice(JdbcTemplate store, int births) {
        assertThat(store.queryForObject("select count(*) from person_registry", Integer.class)).isEqualTo(births);
        assertThat(store.queryForObject("""
                select count(*) from domain_event_entry where payload_type like '%BirthRegistered'""", Integer.class))
                .isEqualTo(births);
        assertThat(store.queryForObject("""
                select count(*) - count(distinct global_index) from person_registry_history""", Integer.class))
                .isZero();
        assertThat(store.queryForObject("select count(*) from person_registry_history", Integer.class))
                .isEqualTo(births);
        assertThat(store.queryForObject("""
                select count(*) - count(distinct global_index) from event_chain""", Integer.class)).isZero();
    }
}
