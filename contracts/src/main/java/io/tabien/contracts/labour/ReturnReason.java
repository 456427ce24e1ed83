package io.tabien.contracts.labour;

/** Why a worker came home. */
public enum ReturnReason {
    END_OF_CONTRACT, EARLY_TERMINATION, DEPORTED, RESCUED, OTHER
}
