package io.tabien.contracts.labour;

/**
 * Whose contracts a reader may see: everything ({@link #NATIONAL}), workers born in or living in an office's
 * jurisdiction (a registrar), or contracts to one destination country (a labour attaché).
 */
public record ContractReaders(String jurisdiction, String destinationCountry) {

    public static final ContractReaders NATIONAL = new ContractReaders(null, null);
}
