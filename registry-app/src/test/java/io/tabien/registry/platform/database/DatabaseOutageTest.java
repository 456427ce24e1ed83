package io.tabien.registry.platform.database;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.transaction.TransactionSystemException;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseOutageTest {

    @Test
    void aDatabaseThatCannotBeReachedIsAnOutage() {
        assertThat(DatabaseOutage.causedBy(new CannotGetJdbcConnectionException("no connection",
                new SQLTransientConnectionException("pool - Connection is not available")))).isTrue();
        assertThat(DatabaseOutage.causedBy(new RuntimeException(new SQLException("I/O error", "08006")))).isTrue();
        assertThat(DatabaseOutage.causedBy(new SQLException("the database system is starting up", "57P03"))).isTrue();
        assertThat(DatabaseOutage.causedBy(new SQLException("terminating connection", "57P01"))).isTrue();
    }

    @Test
    void aCommitLostWithItsConnectionIsAnOutageEvenWhenTheRollbackFailsToo() {
        TransactionSystemException rollbackFailed = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        rollbackFailed.initApplicationException(new UncategorizedSQLException("commit", null,
                new SQLException("An I/O error occurred while sending to the backend", "08006")));

        assertThat(DatabaseOutage.causedBy(rollbackFailed)).isTrue();
        assertThat(DatabaseOutage.causedBy(new UncategorizedSQLException("query", null,
                new SQLException("Connection is closed")))).isTrue();
    }

    @Test
    void aRefusedStatementIsNoOutage() {
        assertThat(DatabaseOutage.causedBy(new DataIntegrityViolationException("duplicate",
                new SQLException("duplicate key value", "23505")))).isFalse();
        assertThat(DatabaseOutage.causedBy(new UncategorizedSQLException("query", null,
                new SQLException("numeric field overflow", "22003")))).isFalse();
        assertThat(DatabaseOutage.causedBy(new IllegalStateException("no database involved"))).isFalse();
    }
}
