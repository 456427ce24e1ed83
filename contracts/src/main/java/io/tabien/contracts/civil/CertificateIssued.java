package io.tabien.contracts.civil;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A certificate printed and handed over. It certifies the record as it stood at {@code recordVersion}, the global
 * index of the record's last event before it (certificates of the record do not count); {@code copyNumber} counts
 * the certificates of this kind issued for the record, so a reprint is a new copy. Who issued it, where and when
 * are in the metadata; {@code issuedOn} is the date printed on it.
 */
@Revision("1")
public record CertificateIssued(
        UUID recordId,
        CertificateKind kind,
        long recordVersion,
        int copyNumber,
        LocalDate issuedOn,
        CertificateCollector collector) {
}
