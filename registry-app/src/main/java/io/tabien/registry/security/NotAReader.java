package io.tabien.registry.security;

import io.tabien.registry.platform.errors.Forbidden;

/** The user holds no role that reads these records, or is bound to an office and has none. */
public class NotAReader extends Forbidden {

    NotAReader(String records) {
        super("Your roles and office do not allow reading " + records + ".");
    }
}
