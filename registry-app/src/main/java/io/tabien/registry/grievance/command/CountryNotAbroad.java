package io.tabien.registry.grievance.command;

import io.tabien.registry.platform.errors.Refusal;
import io.tabien.registry.platform.errors.RuleViolation;

@Refusal(rule = "CountryNotAbroad", description = "An attaché takes grievances of workers abroad: the country is "
        + "not Laos.")
public class CountryNotAbroad extends RuleViolation {

    CountryNotAbroad() {
        super("country", "An attaché takes grievances of workers abroad: the country is not Laos.");
    }
}
