package io.tabien.contracts.civil;

/**
 * How many births were registered in a month (1 to 12) for one province, on time or late.
 *
 * @param late whether these registrations came after the legal period for registering a birth
 */
public record BirthRegistrationCount(String province, int month, boolean late, long count) {
}
