package io.tabien.contracts.documents;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record PassportReportedLost(PassportId passportId, LocalDate reportedOn, String reason) {
}
