package io.tabien.contracts.labour;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record WorkerDeparted(ContractId contractId, LocalDate departedOn, String checkpoint) {
}
