package io.tabien.contracts.documents;

import io.tabien.contracts.Text;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record ReportPassportLost(@TargetAggregateIdentifier PassportId passportId, LocalDate reportedOn, @Text(maxLength = 1000, multiLine = true) String reason) {
}
