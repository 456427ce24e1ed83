package io.tabien.contracts.labour;

import io.tabien.contracts.civil.PersonId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A migrant home from abroad with no contract on file. */
@Revision("1")
public record ReturnRegistered(
        ReturnRecordId returnId,
        PersonId personId,
        LocalDate returnedOn,
        String checkpoint,
        String fromCountry,
        boolean workedAbroad) {
}
