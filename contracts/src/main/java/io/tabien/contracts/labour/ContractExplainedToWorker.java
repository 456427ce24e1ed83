package io.tabien.contracts.labour;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record ContractExplainedToWorker(
        ContractId contractId,
        String language,
        String explainedBy,
        boolean workerAcknowledged,
        LocalDate explainedOn) {
}
