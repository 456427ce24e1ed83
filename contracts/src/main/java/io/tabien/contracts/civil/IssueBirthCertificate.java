package io.tabien.contracts.civil;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record IssueBirthCertificate(@TargetAggregateIdentifier PersonId personId, CertificateCollector collector) {
}
