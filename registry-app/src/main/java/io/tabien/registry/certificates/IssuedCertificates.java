package io.tabien.registry.certificates;

import io.tabien.contracts.civil.IssuedCertificate;

import java.util.List;

/**
 * Certificates issued by one request, printed.
 *
 * @param position the global index of the last event the request wrote, for the client's next read
 */
public record IssuedCertificates(byte[] pdf, long position, List<IssuedCertificate> issued) {
}
