package io.tabien.contracts.labour;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record ContractTerminated(ContractId contractId, LocalDate terminatedOn, String reason) {
}
