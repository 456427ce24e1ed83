package io.tabien.contracts.labour;

/** Where a recruitment contract stands. */
public enum ContractState {
    REGISTERED, APPROVED, REJECTED, DEPARTED, RETURNED, TERMINATED
}
