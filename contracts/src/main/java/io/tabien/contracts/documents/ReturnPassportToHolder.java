package io.tabien.contracts.documents;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record ReturnPassportToHolder(@TargetAggregateIdentifier PassportId passportId, LocalDate returnedOn) {
}
