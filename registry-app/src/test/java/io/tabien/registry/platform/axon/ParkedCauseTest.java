package io.tabien.registry.platform.axon;

import org.axonframework.messaging.deadletter.ThrowableCause;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.UncategorizedSQLException;

import java.sql.BatchUpdateException;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** The messages are PostgreSQL's, as its JDBC driver reports them with server error details switched on. */
class ParkedCauseTest {

    @Test
    void aQuotedValueIsDroppedAndTheSqlStateKept() {
        SQLException refusal = new SQLException("""
                ERROR: date/time field value out of range: "-999999999-01-01 00:00:00+00"
                  Where: SQL function "to_timestamp" statement 1""", "22008");

        ThrowableCause cause = ParkedCause.of(new UncategorizedSQLException("insert", "insert into ...", refusal));

        assertThat(cause.type()).isEqualTo(UncategorizedSQLException.class.getName());
        assertThat(cause.message()).isEqualTo("SQLState 22008: date/time field value out of range: \"…\"");
    }

    @Test
    void theFailingRowOfTheDetailLineIsDropped() {
        SQLException refusal = new SQLException("""
                ERROR: new row for relation "agency" violates check constraint "agency_name_check"
                  Detail: Failing row contains (6b1e..., Somchai Keomany Manpower, LIC-1, Pakse).""", "23514");

        ThrowableCause cause = ParkedCause.of(new DataIntegrityViolationException("insert", refusal));

        assertThat(cause.message()).isEqualTo(
                "SQLState 23514: new row for relation \"…\" violates check constraint \"…\"");
        assertThat(cause.message()).doesNotContain("Somchai", "Failing row");
    }

    @Test
    void aMessageWithoutValuesIsKeptWhole() {
        SQLException refusal = new SQLException("ERROR: value too long for type character varying(200)", "22001");

        assertThat(ParkedCause.of(new DataIntegrityViolationException("insert", refusal)).message())
                .isEqualTo("SQLState 22001: value too long for type character varying(200)");
    }

    @Test
    void aNulByteIsNamedByItsCodeOnly() {
        SQLException refusal = new SQLException("ERROR: invalid byte sequence for encoding \"UTF8\": 0x00", "22021");

        assertThat(ParkedCause.of(new DataIntegrityViolationException("insert", refusal)).message())
                .isEqualTo("SQLState 22021: invalid byte sequence for encoding \"…\": 0x00");
    }

    @Test
    void aBatchIsJudgedByTheStatementThatFailedNotByTheStatementsItRepeats() {
        BatchUpdateException batch = new BatchUpdateException(
                "Batch entry 0 insert into person_registry_history values ('Noy Keomany', ...) was aborted", "22001",
                new int[0]);
        batch.setNextException(new SQLException("ERROR: value too long for type character varying(20)", "22001"));

        ThrowableCause cause = ParkedCause.of(new DataIntegrityViolationException("batch", batch));

        assertThat(cause.message()).isEqualTo("SQLState 22001: value too long for type character varying(20)");
    }

    @Test
    void anyOtherFailureKeepsItsFirstLineWithoutQuotedValues() {
        ThrowableCause cause = ParkedCause.of(new IllegalArgumentException(
                "Text '31/02/2025' could not be parsed for \"Somchai\"\nat index 0"));

        assertThat(cause.type()).isEqualTo(IllegalArgumentException.class.getName());
        assertThat(cause.message()).isEqualTo("Text '…' could not be parsed for \"…\"");
    }

    @Test
    void aValueCutOffBeforeItsClosingQuoteIsDroppedToTheEnd() {
        assertThat(ParkedCause.withoutQuotedValues("invalid input syntax for type uuid: \"Somchai Keo"))
                .isEqualTo("invalid input syntax for type uuid: \"…\"");
    }

    @Test
    void controlCharactersDoNotReachTheQueueOrTheLog() {
        assertThat(ParkedCause.of(new IllegalStateException("bad\u0000state\tsomewhere")).message())
                .isEqualTo("bad state somewhere");
    }

    @Test
    void aFailureWithoutMessageIsNamedByItsType() {
        ThrowableCause cause = ParkedCause.of(new NullPointerException());

        assertThat(cause.type()).isEqualTo(NullPointerException.class.getName());
        assertThat(cause.message()).isEmpty();
    }

    @Test
    void aLongMessageFitsTheQueuesColumn() {
        String message = ParkedCause.of(new IllegalStateException("x".repeat(5000))).message();

        assertThat(message).hasSize(ParkedCause.MAX_MESSAGE).endsWith("…");
    }
}
