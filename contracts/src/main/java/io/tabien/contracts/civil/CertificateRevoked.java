package io.tabien.contracts.civil;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** One copy of a certificate withdrawn; who withdrew it, where and when are in the metadata. */
@Revision("1")
public record CertificateRevoked(
        UUID recordId,
        CertificateKind kind,
        int copyNumber,
        String reason) {
}
