package io.tabien.contracts.labour;

/** A recruitment agency's licence on a given day. */
public enum AgencyStatus {
    ACTIVE, SUSPENDED, REVOKED, EXPIRED, CLOSED, NOT_YET_LICENSED
}
