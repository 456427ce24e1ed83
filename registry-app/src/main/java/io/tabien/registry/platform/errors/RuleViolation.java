package io.tabien.registry.platform.errors;

/**
 * A well-formed request that breaks a domain rule: answered 422 with the field at fault. A rule with a name in the
 * domain has its own subclass, so that a refusal reads like the rule; a generic one (a required field, a date in the
 * future, an unknown country) is one class shared by every record, naming the field.
 */
public abstract class RuleViolation extends RuntimeException {

    private final String field;

    protected RuleViolation(String field, String message) {
        super(message, null, false, false);
        this.field = field;
    }

    /** The request field the rule is about, in the JSON path form a client sent it (e.g. {@code placeOfBirth.province}). */
    public String field() {
        return field;
    }

    /** The rule's code, from its {@link Refusal}. */
    public String rule() {
        return Refusals.rule(getClass());
    }
}
