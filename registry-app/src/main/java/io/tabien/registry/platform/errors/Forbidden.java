package io.tabien.registry.platform.errors;

/** The actor may not do this to this record (outside their jurisdiction, for one): 403. */
public abstract class Forbidden extends RuntimeException {

    protected Forbidden(String message) {
        super(message, null, false, false);
    }
}
