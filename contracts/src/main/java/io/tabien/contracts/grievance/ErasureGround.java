package io.tabien.contracts.grievance;

/** Why a case file was erased. */
public enum ErasureGround {
    /** The worker asked for their account to be erased. */
    WORKER_REQUEST,
    /** A court or the data-protection authority ordered it. */
    LEGAL_ORDER,
    /** The case was closed for longer than the registry keeps case files. */
    RETENTION_PERIOD_ENDED
}
