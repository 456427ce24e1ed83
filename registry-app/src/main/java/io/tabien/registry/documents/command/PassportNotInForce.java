package io.tabien.registry.documents.command;

import io.tabien.registry.platform.errors.Conflict;
import io.tabien.registry.platform.errors.Refusal;

@Refusal(rule = "PassportNotInForce", description = "The passport is expired, lost or revoked; its custody can no "
        + "longer change.")
public class PassportNotInForce extends Conflict {

    PassportNotInForce(String status) {
        super("This passport is " + status + "; its custody can no longer change.");
    }
}
