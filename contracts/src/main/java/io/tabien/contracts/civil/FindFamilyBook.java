package io.tabien.contracts.civil;

public record FindFamilyBook(FamilyBookId familyBookId, String jurisdiction) {
}
