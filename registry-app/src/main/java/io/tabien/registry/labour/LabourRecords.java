package io.tabien.registry.labour;

import io.tabien.contracts.labour.ContractId;

/** What other features may ask the labour registry when they handle a command. */
public interface LabourRecords {

    boolean contractExists(ContractId contractId);
}
