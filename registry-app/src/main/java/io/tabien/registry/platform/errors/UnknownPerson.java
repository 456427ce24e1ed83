package io.tabien.registry.platform.errors;

@Refusal(rule = "UnknownPerson", description = "The person id names no registered person (a holder, a member, a "
        + "worker...).")
public class UnknownPerson extends RuleViolation {

    public UnknownPerson(String field) {
        super(field, "No person with this id is registered.");
    }
}
