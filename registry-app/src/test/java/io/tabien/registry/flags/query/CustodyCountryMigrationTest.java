package io.tabien.registry.flags.query;

import io.tabien.registry.support.MigratedDatabase;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Custody episodes recorded before the flags knew their country get it from the custody event that began each, as
 * a replay of the flags projection would give it, so that attachés see their flags without a rebuild.
 */
class CustodyCountryMigrationTest {

    private static final MigrationVersion COUNTRY_KEPT = MigrationVersion.fromVersion("45");

    @Test
    void episodesRecordedBeforeTakeTheCountryOfTheirCustodyEvent() throws Exception {
        try (MigratedDatabase database = MigratedDatabase.start()) {
            JdbcTemplate jdbc = database.jdbc();
            database.migrateTo(database.lastVersionBefore(COUNTRY_KEPT));
            UUID passport = UUID.randomUUID();
            long heldInThailand = custodyEvent(jdbc, passport, 1, "TH");
            long heldInMalaysia = custodyEvent(jdbc, passport, 2, "MY");
            episode(jdbc, passport, heldInThailand);
            episode(jdbc, passport, heldInMalaysia);

            // Up to the version that fills the country: a later one (V63) empties the table to rebuild the projection.
            database.migrateTo(COUNTRY_KEPT);

            assertThat(jdbc.queryForObject("select country from flag_custody_episode where global_index = ?",
                    String.class, heldInThailand)).isEqualTo("TH");
            assertThat(jdbc.queryForObject("select country from flag_custody_episode where global_index = ?",
                    String.class, heldInMalaysia)).isEqualTo("MY");
        }
    }

    private static long custodyEvent(JdbcTemplate jdbc, UUID passport, long sequence, String country) {
        String payload = """
                {"passportId": "%s", "custodian": "EMPLOYER", "custodianName": "Sombat Farm Co.", "agencyId": null,
                 "country": "%s", "since": "2026-01-01", "holderConsent": false, "note": null}"""
                .formatted(passport, country);
        return jdbc.queryForObject("""
                        insert into domain_event_entry (aggregate_identifier, sequence_number, type, event_identifier,
                            meta_data, payload, payload_revision, payload_type, time_stamp)
                        values (?, ?, 'Passport', ?, ?, ?, '1', ?, '2026-01-01T00:00:00Z')
                        returning global_index""", Long.class,
                passport.toString(), sequence, UUID.randomUUID().toString(),
                "{}".getBytes(StandardCharsets.UTF_8), payload.getBytes(StandardCharsets.UTF_8),
                "io.tabien.contracts.documents.PassportCustodyTransferred");
    }

    private static void episode(JdbcTemplate jdbc, UUID passport, long globalIndex) {
        jdbc.update("""
                insert into flag_custody_episode (passport_id, global_index, custodian, custodian_name, holder_consent,
                    since, started_at)
                values (?, ?, 'EMPLOYER', 'Sombat Farm Co.', false, date '2026-01-01', now())""",
                passport, globalIndex);
    }
}
