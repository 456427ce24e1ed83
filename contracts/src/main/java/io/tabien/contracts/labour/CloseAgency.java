package io.tabien.contracts.labour;

import io.tabien.contracts.Text;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record CloseAgency(@TargetAggregateIdentifier AgencyId agencyId, LocalDate closedOn, @Text(maxLength = 1000, multiLine = true) String reason) {
}
