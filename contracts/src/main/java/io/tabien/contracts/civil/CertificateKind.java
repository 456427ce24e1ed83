package io.tabien.contracts.civil;

/** What a certificate certifies: a person's birth record, or a family book's members on the day of issue. */
public enum CertificateKind {
    BIRTH_CERTIFICATE, FAMILY_BOOK_EXTRACT
}
