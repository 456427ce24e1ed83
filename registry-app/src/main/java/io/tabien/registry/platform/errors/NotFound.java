package io.tabien.registry.platform.errors;

/** The request names a record that does not exist: 404. */
public class NotFound extends RuntimeException {

    public NotFound(String what, Object id) {
        super("No " + what + " with id " + id + " is recorded.", null, false, false);
    }
}
