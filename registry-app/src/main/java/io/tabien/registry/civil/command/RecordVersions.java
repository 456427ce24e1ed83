package io.tabien.registry.civil.command;

import io.tabien.contracts.civil.CertificateIssued;
import io.tabien.contracts.civil.CertificateRevoked;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Which version of a record a certificate certifies: the global index of the record's last event, its certificates'
 * issues and revocations aside. Read in the command's transaction, from the events alone; a change stored between this read and the
 * certificate's append takes the record's next sequence number first, and the certificate is refused as a
 * concurrent change.
 */
@Component
class RecordVersions {

    private final JdbcTemplate jdbc;

    RecordVersions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long current(UUID recordId) {
        Long version = jdbc.queryForObject("""
                        select max(global_index) from domain_event_entry
                        where aggregate_identifier = ? and payload_type not in (?, ?)""",
                Long.class, recordId.toString(), CertificateIssued.class.getName(), CertificateRevoked.class.getName());
        if (version == null) {
            throw new IllegalStateException("a record with an aggregate has events");
        }
        return version;
    }
}
