package io.tabien.registry.labour.command;

import io.tabien.registry.platform.errors.Refusal;
import io.tabien.registry.platform.errors.RuleViolation;

/** Labour migration is to or from another country than Laos. */
@Refusal(rule = "DestinationIsLaos", description = "Labour migration is to or from another country than Laos.")
public class DestinationIsLaos extends RuleViolation {

    DestinationIsLaos(String field) {
        super(field, "The country must be another one than Laos.");
    }
}
