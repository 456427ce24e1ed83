package io.tabien.registry.labour.command;

import io.tabien.registry.platform.errors.Conflict;
import io.tabien.registry.platform.errors.Refusal;

@Refusal(rule = "ImpossibleStep", description = "The contract's state does not allow this step (approving a "
        + "rejected contract, a departure before approval...).")
public class ImpossibleStep extends Conflict {

    ImpossibleStep(String step, String state) {
        super("A contract that is " + state + " cannot be " + step + ".");
    }
}
