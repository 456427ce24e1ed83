package io.tabien.contracts.civil;

/**
 * The births registered in one month of a year (in the registry's zone), oldest registration first, among the
 * persons a reader may see: the list behind a {@link BirthRegistrationCount}.
 *
 * @param province     only births in this province, or null for every province
 * @param late         only late registrations (true), only those on time (false), or both (null)
 * @param jurisdiction see {@link FindPerson}
 */
public record FindBirthRegistrations(int year, int month, String province, Boolean late, String jurisdiction,
                                     int limit) {
}
