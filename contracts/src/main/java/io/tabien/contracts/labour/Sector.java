package io.tabien.contracts.labour;

/** The sector a worker is recruited for. */
public enum Sector {
    AGRICULTURE, CONSTRUCTION, MANUFACTURING, DOMESTIC_WORK, HOSPITALITY, FISHING, OTHER
}
