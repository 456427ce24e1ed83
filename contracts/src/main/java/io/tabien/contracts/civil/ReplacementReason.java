package io.tabien.contracts.civil;

public enum ReplacementReason {
    LOST, DAMAGED
}
