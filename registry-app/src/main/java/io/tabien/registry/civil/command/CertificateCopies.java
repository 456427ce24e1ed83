package io.tabien.registry.civil.command;

import io.tabien.contracts.civil.CertificateIssued;
import io.tabien.contracts.civil.CertificateRevoked;

import java.util.HashSet;
import java.util.Set;

/** The copies of a record's certificate issued so far, and those withdrawn: part of the record's state. */
final class CertificateCopies {

    private int issued;
    private final Set<Integer> revoked = new HashSet<>();

    int next() {
        return issued + 1;
    }

    void mustBeRevocable(int copyNumber) {
        if (copyNumber < 1 || copyNumber > issued) {
            throw new UnknownCertificate(copyNumber);
        }
        if (revoked.contains(copyNumber)) {
            throw new CertificateAlreadyRevoked(copyNumber);
        }
    }

    void on(CertificateIssued event) {
        issued = event.copyNumber();
    }

    void on(CertificateRevoked event) {
        revoked.add(event.copyNumber());
    }
}
