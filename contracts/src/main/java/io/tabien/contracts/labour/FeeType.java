package io.tabien.contracts.labour;

/** What a recruitment fee paid for. */
public enum FeeType {
    SERVICE_FEE, DOCUMENTATION, MEDICAL, TRAINING, VISA, WORK_PERMIT, TRANSPORT, OTHER
}
