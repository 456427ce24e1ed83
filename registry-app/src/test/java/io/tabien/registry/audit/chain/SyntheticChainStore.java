package io.tabien.registry.audit.chain;

import java.security.KeyPair;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

/**
 * An event store of its own with the chain's tables, in the connection's current schema: {@code events} events of
 * about the size the registry records (a payload of about 500 bytes, 130 bytes of metadata, Lao text in the payload
 * and the aggregate type), chained and signed every hundredth link as the chain processor does.
 */
final class SyntheticChainStore {

    static final int CHECKPOINT_EVERY = 100;

    private SyntheticChainStore() {
    }

    static void create(Connection connection, int events, KeyPair key) throws SQLException {
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("""
                    create table domain_event_entry (
                        global_index bigserial primary key, aggregate_identifier varchar(255) not null,
                        sequence_number bigint not null, type varchar(255),
                        event_identifier varchar(255) not null unique,
                        meta_data bytea, payload bytea not null, payload_revision varchar(255),
                        payload_type varchar(255) not null, time_stamp varchar(255) not null)""");
            ddl.execute("create table event_chain (chain_seq bigint primary key, global_index bigint not null unique, "
                    + "hash bytea not null)");
            ddl.execute("create table audit_checkpoint (chain_seq bigint primary key, global_index bigint not null, "
                    + "hash bytea not null, created_at timestamptz not null, public_key text not null, "
                    + "signature text not null)");
            ddl.execute("create table token_entry (processor_name varchar(255), segment integer, token bytea, "
                    + "token_type varchar(255))");
            ddl.execute("""
                    insert into domain_event_entry (aggregate_identifier, sequence_number, type, event_identifier,
                        meta_data, payload, payload_revision, payload_type, time_stamp)
                    select md5((n / 4)::text)::uuid::text, n % 4, 'ບຸກຄົນ', md5(n::text)::uuid::text,
                        convert_to('{"actor":"registrar-' || n % 97 || '","office":"LA-VT","correlationId":"'
                            || md5(n::text) || '","traceId":"' || md5((n + 1)::text) || '"}', 'UTF8'),
                        convert_to('{"personId":"' || md5((n / 4)::text)::uuid || '","givenName":"ສົມພອນ",'
                            || '"familyName":"ກວດກາ","birthDate":"2021-03-04","village":"LA-XE-1501",'
                            || repeat('"note":"' || md5(n::text) || '",', 8) || '"sex":"F"}', 'UTF8'),
                        null, 'io.tabien.registry.civil.PersonRegistered',
                        '2026-11-30T04:00:00.' || lpad((n % 1000)::text, 3, '0') || 'Z'
                    from generate_series(1, EVENTS) n""".replace("EVENTS", Integer.toString(events)));
        }
        connection.setAutoCommit(false);
        byte[] previous = ChainedEvent.GENESIS;
        long chainSeq = 0;
        try (PreparedStatement read = connection.prepareStatement("select " + ChainedEvent.COLUMNS
                + " from domain_event_entry e order by e.global_index");
             PreparedStatement link = connection.prepareStatement(
                     "insert into event_chain (chain_seq, global_index, hash) values (?, ?, ?)");
             PreparedStatement checkpoint = connection.prepareStatement("""
                     insert into audit_checkpoint (chain_seq, global_index, hash, created_at, public_key, signature)
                     values (?, ?, ?, ?, ?, ?)""")) {
            read.setFetchSize(1000);
            String publicKey = Base64.getEncoder().encodeToString(key.getPublic().getEncoded());
            try (ResultSet row = read.executeQuery()) {
                while (row.next()) {
                    ChainedEvent event = ChainedEvent.from(row);
                    previous = event.hash(previous);
                    chainSeq++;
                    link.setLong(1, chainSeq);
                    link.setLong(2, event.globalIndex());
                    link.setBytes(3, previous);
                    link.addBatch();
                    if (chainSeq % CHECKPOINT_EVERY == 0) {
                        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
                        checkpoint.setLong(1, chainSeq);
                        checkpoint.setLong(2, event.globalIndex());
                        checkpoint.setBytes(3, previous);
                        checkpoint.setTimestamp(4, Timestamp.from(now));
                        checkpoint.setString(5, publicKey);
                        checkpoint.setString(6, CheckpointSignature.sign(key.getPrivate(),
                                CheckpointSignature.message(chainSeq, event.globalIndex(), previous, now)));
                        checkpoint.addBatch();
                        link.executeBatch();
                        checkpoint.executeBatch();
                    }
                }
            }
            link.executeBatch();
        }
        connection.commit();
        connection.setAutoCommit(true);
        try (Statement analyze = connection.createStatement()) {
            analyze.execute("analyze domain_event_entry, event_chain, audit_checkpoint");
        }
    }
}
