package io.tabien.contracts.civil;

/**
 * @param jurisdiction the office whose records the asker may see (a province or district code), or null for
 *                     national readers
 */
public record FindPerson(PersonId personId, String jurisdiction) {
}
