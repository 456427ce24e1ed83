package io.tabien.contracts.labour;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record ContractApproved(ContractId contractId, LocalDate approvedOn) {
}
