package io.tabien.registry.audit.chain;

import io.tabien.registry.platform.axon.ProjectionProgress;
import io.tabien.registry.support.Api;
import io.tabien.registry.support.CivilClient;
import io.tabien.registry.support.StandaloneRegistry;
import io.tabien.registry.support.TestDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The chain processor signs only when it links an event; a registry that goes quiet right after a write must still
 * get its last events signed, without waiting for the next one. Its own registry, with a checkpoint interval of
 * three seconds.
 */
class QuietRegistrySigningTest {

    private static final String ADMIN_PASSWORD = "quiet-admin-password";
    private static final String PASSWORD = "quiet-registrar-password";

    @Test
    void theLastEventsOfAQuietRegistryAreSignedOnceTheIntervalHasPassed() throws Exception {
        try (ConfigurableApplicationContext registry = StandaloneRegistry.start(TestDatabases.fresh(), ADMIN_PASSWORD,
                "quick-checkpoints")) {
            JdbcTemplate jdbc = registry.getBean(JdbcTemplate.class);
            AuditProperties properties = registry.getBean(AuditProperties.class);
            Api api = StandaloneRegistry.api(registry);
            assertThat(api.as("admin", ADMIN_PASSWORD).post("/api/admin/users", """
                    {"username": "quiet-registrar", "password": "%s", "roles": ["REGISTRAR"], "office": "LA-XE"}"""
                    .formatted(PASSWORD)).status()).isEqualTo(201);
            CivilClient registrar = new CivilClient(api.as("quiet-registrar", PASSWORD));

            // The first link is signed as it is made (no checkpoint yet); the next, made at once, is not yet due.
            registrar.person("ນ້ອຍ", "ງຽບ", "2022-02-02", "LA-XE", "1501");
            registrar.person("ໃຫຍ່", "ງຽບ", "2022-02-03", "LA-XE", "1501");
            long events = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
            long head = jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);
            ProjectionProgress progress = registry.getBean(ProjectionProgress.class);
            await().atMost(Duration.ofSeconds(30)).until(() -> progress.hasProcessed(EventChainProcessor.NAME, head));
            long headLink = jdbc.queryForObject("select max(chain_seq) from event_chain", Long.class);

            await().atMost(properties.checkpointEvery().plusSeconds(15)).until(() -> jdbc.queryForObject(
                    "select count(*) from audit_checkpoint where chain_seq = ?", Long.class, headLink) == 1);

            assertThat(jdbc.queryForObject("select count(*) from domain_event_entry", Long.class)).isEqualTo(events);
            List<Timestamp> times = jdbc.queryForList("select created_at from audit_checkpoint order by chain_seq",
                    Timestamp.class);
            for (int i = 1; i < times.size(); i++) {
                assertThat(Duration.between(times.get(i - 1).toInstant(), times.get(i).toInstant()))
                        .isGreaterThanOrEqualTo(properties.checkpointEvery());
            }
            Checkpoint signed = registry.getBean(EventChain.class).latestCheckpoint().orElseThrow();
            assertThat(signed.chainSeq()).isEqualTo(headLink);
            HeadsFile headsFile = registry.getBean(HeadsFile.class);
            assertThat(HeadsFile.read(headsFile.path())).extracting(HeadsFile.Line::text).contains(signed.toLine());

            OfflineVerifier.Outcome offline = OfflineVerifier.run(jdbc,
                    "--public-key=" + registry.getBean(SigningKeys.class).publicKey(),
                    "--heads-file=" + headsFile.path());
            assertThat(offline.exitStatus()).as(offline.printed()).isZero();
            assertThat(offline.printed()).contains("Unsigned tail:        0 links");
        }
    }
}
