package io.tabien.registry.labour.command;

import io.tabien.registry.platform.errors.Conflict;

public class ImpossibleStep extends Conflict {

    ImpossibleStep(String step, String state) {
        super("A contract that is " + state + " cannot be " + step + ".");
    }
}
