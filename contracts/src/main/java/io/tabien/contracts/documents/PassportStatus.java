package io.tabien.contracts.documents;

/** A passport's standing; an issued passport past its expiry date is {@code EXPIRED} when read. */
public enum PassportStatus {
    ISSUED, EXPIRED, LOST, REVOKED
}
