package io.tabien.contracts.labour;

public record FindContract(ContractId contractId, ContractReaders readers) {
}
