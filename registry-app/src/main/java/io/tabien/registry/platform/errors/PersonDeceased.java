package io.tabien.registry.platform.errors;

@Refusal(rule = "PersonDeceased", description = "The person named (a member, a holder, a worker) is registered as "
        + "deceased, and a deceased person takes no part in a new fact.")
public class PersonDeceased extends RuleViolation {

    public PersonDeceased(String field) {
        super(field, "This person is registered as deceased.");
    }
}
