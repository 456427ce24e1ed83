package io.tabien.contracts.civil;

/**
 * Births registered in a calendar year (in the registry's zone), counted by province of birth, month of registration
 * and whether the registration was late, among the persons a reader may see.
 *
 * @param province     only births in this province, or null for every province
 * @param jurisdiction see {@link FindPerson}
 */
public record FindBirthRegistrationCounts(int year, String province, String jurisdiction) {
}
