package io.tabien.contracts.labour;

import io.tabien.contracts.Text;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record RecordFeePayment(
        @TargetAggregateIdentifier ContractId contractId,
        FeePayer payer,
        AgencyId payeeAgencyId,
        @Text(maxLength = 300) String payeeName,
        FeeType type,
        Money amount,
        LocalDate paidOn,
        @Text(maxLength = 100) String receiptNumber) {
}
