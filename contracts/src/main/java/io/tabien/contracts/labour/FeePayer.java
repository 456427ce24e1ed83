package io.tabien.contracts.labour;

/** Who paid a recruitment fee. */
public enum FeePayer {
    WORKER, EMPLOYER
}
