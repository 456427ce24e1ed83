package io.tabien.registry.platform.axon;

import io.tabien.registry.support.Api;
import io.tabien.registry.support.CivilClient;
import io.tabien.registry.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceUtils;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A global index allocated by a transaction that rolls back stays empty for ever. The settled position, which the
 * event history and the chain verification report, must pass it as soon as that transaction has ended, not only
 * after the gap timeout (two minutes by default); and must not pass it while the transaction may still commit.
 */
class RolledBackGapHttpTest extends IntegrationTest {

    private Api auditor;
    private CivilClient registrar;

    @BeforeEach
    void users() {
        auditor = user("AUDITOR", null);
        registrar = new CivilClient(user("REGISTRAR", "LA-XE"));
    }

    @Test
    void aRolledBackAppendHoldsTheSettledPositionOnlyUntilItsTransactionHasEnded() throws SQLException {
        long gap;
        try (Connection open = openAppend()) {
            gap = appendedIndex(open);
            long position = birth();

            // While the transaction that holds the gap runs, its event may still be committed.
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
                    .until(() -> settled() < gap);

            open.rollback();
            await().atMost(Duration.ofSeconds(20)).until(() -> settled() >= position);
        }
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where global_index = ?", Integer.class,
                gap)).as("the rolled-back append left a gap").isZero();
    }

    private long birth() {
        var birth = registrar.registerBirth("ແສງ", "ວົງ", null, "2001-01-01", "LA-XE", "1501", null, null);
        assertThat(birth.status()).as(birth.toString()).isEqualTo(201);
        return Long.parseLong(birth.header("Tabien-Position"));
    }

    private long settled() {
        return auditor.get("/api/audit/events?limit=1").json().get("settled").asLong();
    }

    /** A connection in a transaction that has stored an event row, not yet committed. */
    private Connection openAppend() throws SQLException {
        DataSource dataSource = superuserDataSource();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        connection.setAutoCommit(false);
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into domain_event_entry (aggregate_identifier, sequence_number, type, event_identifier,
                    payload, payload_type, time_stamp) values (?, 0, 'Person', ?, '{}'::bytea, 'x', ?)""")) {
            insert.setString(1, UUID.randomUUID().toString());
            insert.setString(2, UUID.randomUUID().toString());
            insert.setString(3, Instant.now().toString());
            insert.executeUpdate();
        }
        return connection;
    }

    private static long appendedIndex(Connection connection) throws SQLException {
        try (var query = connection.prepareStatement("select max(global_index) from domain_event_entry");
             var result = query.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }
}
