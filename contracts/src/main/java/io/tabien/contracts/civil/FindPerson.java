package io.tabien.contracts.civil;

public record FindPerson(PersonId personId) {
}
