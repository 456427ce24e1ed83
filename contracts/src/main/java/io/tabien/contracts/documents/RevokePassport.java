package io.tabien.contracts.documents;

import io.tabien.contracts.Text;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record RevokePassport(@TargetAggregateIdentifier PassportId passportId, LocalDate revokedOn, @Text(maxLength = 1000, multiLine = true) String reason) {
}
