package io.tabien.registry.webapp;

/** The processing groups the pages read, so that a read waits for the user's own writes to reach them. */
public final class ReadModels {

    public static final String PERSON_REGISTRY = "person-registry";
    public static final String FAMILY_BOOKS = "family-books";
    public static final String FLAGS = "flags";
    public static final String PASSPORTS = "passports";
    public static final String AGENCIES = "agencies";
    public static final String CONTRACTS = "contracts";
    public static final String GRIEVANCES = "grievances";

    private ReadModels() {
    }
}
