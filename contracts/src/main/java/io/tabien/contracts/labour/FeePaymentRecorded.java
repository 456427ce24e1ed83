package io.tabien.contracts.labour;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record FeePaymentRecorded(
        ContractId contractId,
        FeePayer payer,
        AgencyId payeeAgencyId,
        String payeeName,
        FeeType type,
        Money amount,
        LocalDate paidOn,
        String receiptNumber) {
}
