package io.tabien.contracts.labour;

import io.tabien.contracts.civil.PersonId;

import java.time.LocalDate;

public record ReturnView(ReturnRecordId id, PersonId personId, LocalDate returnedOn, String checkpoint,
                         String fromCountry, boolean workedAbroad) {
}
