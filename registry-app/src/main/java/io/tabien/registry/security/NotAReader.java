package io.tabien.registry.security;

import io.tabien.registry.platform.errors.Forbidden;
import io.tabien.registry.platform.errors.Refusal;

/** The user holds no role that reads these records, or is bound to an office and has none. */
@Refusal(rule = "NotAReader", description = "The caller's roles and office allow reading no record of this kind.")
public class NotAReader extends Forbidden {

    NotAReader(String records) {
        super("Your roles and office do not allow reading " + records + ".");
    }
}
