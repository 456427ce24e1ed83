package io.tabien.contracts.civil;

/** A book by its current or a retired number, within a district. */
public record FindFamilyBookByNumber(String bookNumber, String district, String jurisdiction) {
}
