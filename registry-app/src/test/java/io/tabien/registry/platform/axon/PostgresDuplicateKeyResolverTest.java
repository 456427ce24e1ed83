package io.tabien.registry.platform.axon;

import org.junit.jupiter.api.Test;

import java.sql.BatchUpdateException;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class PostgresDuplicateKeyResolverTest {

    private final PostgresDuplicateKeyResolver resolver = new PostgresDuplicateKeyResolver();

    @Test
    void uniqueViolationIsADuplicateKey() {
        assertThat(resolver.isDuplicateKeyViolation(new SQLException("duplicate", "23505"))).isTrue();
    }

    @Test
    void uniqueViolationReportedInsideABatchIsADuplicateKey() {
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 was aborted", "23505", new int[0]);
        batch.setNextException(new SQLException("duplicate key value violates unique constraint", "23505"));
        RuntimeException wrapped = new RuntimeException("append failed", batch);

        assertThat(resolver.isDuplicateKeyViolation(wrapped)).isTrue();
    }

    @Test
    void uniqueViolationChainedBehindAnotherBatchErrorIsADuplicateKey() {
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 was aborted", null, new int[0]);
        batch.setNextException(new SQLException("duplicate key value violates unique constraint", "23505"));

        assertThat(resolver.isDuplicateKeyViolation(batch)).isTrue();
    }

    @Test
    void otherDatabaseErrorsAreNot() {
        assertThat(resolver.isDuplicateKeyViolation(new SQLException("connection lost", "08006"))).isFalse();
        assertThat(resolver.isDuplicateKeyViolation(new SQLException("check violated", "23514"))).isFalse();
        assertThat(resolver.isDuplicateKeyViolation(new IllegalStateException("no database involved"))).isFalse();
    }
}
