package io.tabien.registry.certificates.api;

import io.tabien.contracts.civil.CertificateCollector;
import io.tabien.contracts.civil.CertificateKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/** What a registrar sends to issue certificates. */
final class CertificateRequests {

    private CertificateRequests() {
    }

    /** Who the certificate is handed to; checked by the record's rules, which name the missing field. */
    record Collector(@Size(max = 200) String name, @Size(max = 200) String relationship,
                     @Size(max = 200) String identityDocument) {

        CertificateCollector toCollector() {
            return new CertificateCollector(name, relationship, identityDocument);
        }
    }

    record Issue(@Valid Collector collector) {

        CertificateCollector toCollector() {
            return collector == null ? null : collector.toCollector();
        }
    }

    /** One certificate of each record, all handed to one collector (a village chief collecting a month's births). */
    record BulkIssue(@NotNull CertificateKind kind, @NotEmpty List<@NotNull UUID> recordIds,
                     @Valid Collector collector) {

        CertificateCollector toCollector() {
            return collector == null ? null : collector.toCollector();
        }
    }

    record Revocation(@Size(max = 1000) String reason) {
    }
}
