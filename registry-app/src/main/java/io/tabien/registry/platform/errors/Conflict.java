package io.tabien.registry.platform.errors;

/** The request collides with what is already recorded (a duplicate, or a step the record's state forbids): 409. */
public abstract class Conflict extends RuntimeException {

    protected Conflict(String message) {
        super(message, null, false, false);
    }

    /** The rule's code, from its {@link Refusal}. */
    public String rule() {
        return Refusals.rule(getClass());
    }
}
