package io.tabien.contracts.civil;

/**
 * Who a certificate was handed to.
 *
 * @param relationship their relationship to the person or household, as they state it ("mother", "self", "village
 *                     chief")
 * @param identityDocument the identity document they showed, as type and number ("ID card 0123456")
 */
public record CertificateCollector(String name, String relationship, String identityDocument) {
}
