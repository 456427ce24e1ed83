package io.tabien.contracts.labour;

import java.time.LocalDate;

public record FeeView(
        FeePayer payer,
        AgencyId payeeAgencyId,
        String payeeName,
        FeeType type,
        Money amount,
        LocalDate paidOn,
        String receiptNumber) {
}
