package io.tabien.contracts.civil;

public enum RemovalReason {
    DEATH, MOVED_OUT, MARRIED_OUT, EMIGRATED
}
