package io.tabien.contracts.labour;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record ContractRejected(ContractId contractId, LocalDate rejectedOn, String reason) {
}
