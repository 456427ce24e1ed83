package io.tabien.registry.platform.errors;

@Refusal(rule = "RequiredFieldMissing", description = "A field the record needs is missing or blank; 'field' names it.")
public class RequiredFieldMissing extends RuleViolation {

    public RequiredFieldMissing(String field) {
        super(field, "The record needs " + field + ".");
    }
}
