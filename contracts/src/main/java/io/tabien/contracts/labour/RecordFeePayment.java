package io.tabien.contracts.labour;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record RecordFeePayment(
        @TargetAggregateIdentifier ContractId contractId,
        FeePayer payer,
        AgencyId payeeAgencyId,
        String payeeName,
        FeeType type,
        Money amount,
        LocalDate paidOn,
        String receiptNumber) {
}
