package io.tabien.registry.platform.errors;

/**
 * A well-formed request that breaks a domain rule: answered 422 with the field at fault. Each rule has its own
 * named subclass, so that a refusal reads like the rule.
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

    /** A stable code for the rule, derived from the exception's name. */
    public String rule() {
        return getClass().getSimpleName();
    }
}
