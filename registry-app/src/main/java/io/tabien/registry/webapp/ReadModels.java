package io.tabien.registry.webapp;

/** The processing groups the pages read, so that a read waits for the user's own writes to reach them. */
final class ReadModels {

    static final String PERSON_REGISTRY = "person-registry";
    static final String FAMILY_BOOKS = "family-books";
    static final String FLAGS = "flags";

    private ReadModels() {
    }
}
