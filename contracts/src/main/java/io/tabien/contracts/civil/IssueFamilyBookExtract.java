package io.tabien.contracts.civil;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record IssueFamilyBookExtract(@TargetAggregateIdentifier FamilyBookId familyBookId,
                                     CertificateCollector collector) {
}
