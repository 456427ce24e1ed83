package io.tabien.registry.documents.command;

import io.tabien.registry.platform.errors.Conflict;

public class PassportNotInForce extends Conflict {

    PassportNotInForce(String status) {
        super("This passport is " + status + "; its custody can no longer change.");
    }
}
