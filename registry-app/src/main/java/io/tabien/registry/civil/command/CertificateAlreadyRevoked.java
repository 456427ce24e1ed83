package io.tabien.registry.civil.command;

import io.tabien.registry.platform.errors.Conflict;

public class CertificateAlreadyRevoked extends Conflict {

    CertificateAlreadyRevoked(int copyNumber) {
        super("Copy " + copyNumber + " of this certificate is already revoked.");
    }
}
