package io.tabien.contracts.labour;

import java.util.UUID;

/** Contracts of a worker or through an agency; either may be null. */
public record FindContracts(UUID workerPersonId, UUID agencyId, ContractReaders readers) {
}
