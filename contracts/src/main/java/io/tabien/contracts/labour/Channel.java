package io.tabien.contracts.labour;

/** How a worker is recruited: under a memorandum of understanding between states, another formal bilateral scheme, directly by an employer, or informally. */
public enum Channel {
    MOU, FORMAL_BILATERAL, DIRECT, INFORMAL
}
