package io.tabien.contracts.documents;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record RevokePassport(@TargetAggregateIdentifier PassportId passportId, LocalDate revokedOn, String reason) {
}
