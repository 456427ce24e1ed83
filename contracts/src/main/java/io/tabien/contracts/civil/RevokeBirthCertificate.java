package io.tabien.contracts.civil;

import io.tabien.contracts.Text;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Withdraws one copy of a birth certificate (lost, stolen, issued in error): its code then says it was revoked. */
public record RevokeBirthCertificate(
        @TargetAggregateIdentifier PersonId personId,
        int copyNumber,
        @Text(maxLength = 1000, multiLine = true) String reason) {
}
