package io.tabien.contracts.flags;

/**
 * Whose flags a reader sees: all of them ({@link #NATIONAL}), those of persons in one part of Laos (a registrar's
 * province or district), or those of records in one country abroad (a labour attaché's: contracts to it, its
 * grievances, passport custody there).
 */
public record FlagReaders(String jurisdiction, String country) {

    public static final FlagReaders NATIONAL = new FlagReaders(null, null);
}
