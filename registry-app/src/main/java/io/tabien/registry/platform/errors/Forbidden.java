package io.tabien.registry.platform.errors;

/** The actor may not do this to this record (outside their jurisdiction, for one): 403. */
public abstract class Forbidden extends RuntimeException {

    protected Forbidden(String message) {
        super(message, null, false, false);
    }

    /** The rule's code, from its {@link Refusal}. */
    public String rule() {
        return Refusals.rule(getClass());
    }
}
