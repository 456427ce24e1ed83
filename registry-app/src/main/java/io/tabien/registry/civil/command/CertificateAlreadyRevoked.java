package io.tabien.registry.civil.command;

import io.tabien.registry.platform.errors.Conflict;
import io.tabien.registry.platform.errors.Refusal;

@Refusal(rule = "CertificateAlreadyRevoked", description = "The certificate copy named is already revoked.")
public class CertificateAlreadyRevoked extends Conflict {

    CertificateAlreadyRevoked(int copyNumber) {
        super("Copy " + copyNumber + " of this certificate is already revoked.");
    }
}
