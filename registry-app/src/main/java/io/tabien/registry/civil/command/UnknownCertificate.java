package io.tabien.registry.civil.command;

import io.tabien.registry.platform.errors.NotFound;

public class UnknownCertificate extends NotFound {

    UnknownCertificate(int copyNumber) {
        super("certificate copy", copyNumber);
    }
}
