package io.tabien.contracts.documents;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record ReportPassportLost(@TargetAggregateIdentifier PassportId passportId, LocalDate reportedOn, String reason) {
}
