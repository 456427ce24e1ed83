package io.tabien.registry.certificates;

import io.tabien.contracts.civil.BirthRecordCorrected;
import io.tabien.contracts.civil.CertificateIssued;
import io.tabien.contracts.civil.CertificateKind;
import io.tabien.contracts.civil.CertificateRevoked;
import io.tabien.contracts.civil.DeathRegistered;
import io.tabien.registry.certificates.code.CertificateClaims;
import io.tabien.registry.certificates.code.CertificateCode;
import io.tabien.registry.certificates.code.CertificateKey;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Checks a certificate code for anyone: the signature against the published keys, and — for a genuine code only,
 * so that nobody learns of a record they hold no certificate of — what happened to the record since: the events
 * stored after the version the certificate names, and whether this copy was revoked.
 */
@Component
public class CertificateChecks {

    /**
     * @param recordFound         whether this registry holds the record
     * @param correctedSinceIssue the birth record was corrected after the certificate's version
     * @param diedSinceIssue      a death was registered after it
     * @param changedSinceIssue   the record has any later change (for a family book: members, head, number)
     * @param revoked             this copy of the certificate was withdrawn
     */
    public record RecordStatus(Instant checkedAt, boolean recordFound, boolean correctedSinceIssue,
                               boolean diedSinceIssue, boolean changedSinceIssue, boolean revoked) {
    }

    /** The answer: {@code certificate} and {@code status} only for a valid code. */
    public record Check(boolean valid, String problem, String keyId, CertificateClaims certificate,
                        RecordStatus status) {
    }

    private final JdbcTemplate jdbc;
    private final CertificateSigningKeys keys;
    private final Clock clock;

    CertificateChecks(JdbcTemplate jdbc, CertificateSigningKeys keys, Clock clock) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.clock = clock;
    }

    public List<CertificateKey> keys() {
        return keys.published();
    }

    public Check check(String code) {
        CertificateCode.Verification verification = CertificateCode.verify(code, keys.published());
        if (!verification.valid()) {
            return new Check(false, verification.problem(), verification.keyId(), null, null);
        }
        return new Check(true, null, verification.keyId(), verification.claims(), status(verification.claims()));
    }

    private RecordStatus status(CertificateClaims claims) {
        String record = claims.recordId().toString();
        Boolean found = jdbc.queryForObject(
                "select exists (select 1 from domain_event_entry where aggregate_identifier = ?)", Boolean.class, record);
        Set<String> later = Set.copyOf(jdbc.queryForList("""
                        select distinct payload_type from domain_event_entry
                        where aggregate_identifier = ? and global_index > ? and payload_type not in (?, ?)""",
                String.class, record, claims.recordVersion(), CertificateIssued.class.getName(),
                CertificateRevoked.class.getName()));
        Boolean revoked = jdbc.queryForObject("""
                        select exists (select 1 from event_log
                            where aggregate_identifier = ? and payload_type = ? and payload ->> 'kind' = ?
                                and (payload ->> 'copyNumber')::int = ?)""", Boolean.class,
                record, CertificateRevoked.class.getName(), claims.kind().name(), claims.copyNumber());
        boolean birth = claims.kind() == CertificateKind.BIRTH_CERTIFICATE;
        return new RecordStatus(clock.instant(), Boolean.TRUE.equals(found),
                birth && later.contains(BirthRecordCorrected.class.getName()),
                birth && later.contains(DeathRegistered.class.getName()), !later.isEmpty(),
                Boolean.TRUE.equals(revoked));
    }
}
