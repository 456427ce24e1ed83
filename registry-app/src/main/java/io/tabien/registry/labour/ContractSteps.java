package io.tabien.registry.labour;

import io.tabien.contracts.labour.ContractView;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which steps a recruitment contract can take from where it stands: the contract refuses the others, and its page
 * offers only these. A worker may depart on a contract not yet approved; that is a flag, not a refusal.
 *
 * @param departed whether the worker left under the contract (and may since have returned)
 */
public record ContractSteps(boolean approved, boolean rejected, boolean terminated, boolean departed,
                            boolean returned) {

    /** The steps whose order the contract's state decides; fees and refunds of savings are always possible. */
    public enum Step {
        EXPLANATION("explained"), APPROVAL("approved"), REJECTION("rejected"), DEPARTURE("departed on"),
        RETURN("returned from"), TERMINATION("terminated"), SAVINGS("credited with savings");

        private final String verb;

        Step(String verb) {
            this.verb = verb;
        }

        /** How a refusal says the step: "a contract that is rejected cannot be {@code verb}". */
        public String verb() {
            return verb;
        }
    }

    public static ContractSteps of(ContractView contract) {
        return new ContractSteps(contract.approvedOn() != null, contract.state().name().equals("REJECTED"),
                contract.terminatedOn() != null, contract.departedOn() != null, contract.returnedOn() != null);
    }

    public boolean allows(Step step) {
        return refusal(step).isEmpty();
    }

    public Set<Step> allowed() {
        return Arrays.stream(Step.values()).filter(this::allows)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Step.class)));
    }

    /** Why the step cannot be taken, as the state the contract is in ("already approved"); empty if it can. */
    public Optional<String> refusal(Step step) {
        boolean abroad = departed && !returned;
        String why = switch (step) {
            case EXPLANATION, SAVINGS -> rejected ? "rejected" : null;
            case APPROVAL -> approved ? "already approved" : rejected ? "rejected" : terminated ? "terminated"
                    : returned ? "closed by the worker's return" : null;
            case REJECTION -> rejected ? "already rejected" : approved ? "approved" : terminated ? "terminated"
                    : departed ? "under way" : null;
            case DEPARTURE -> departed ? (abroad ? "under way" : "over") : rejected ? "rejected"
                    : terminated ? "terminated" : null;
            case RETURN -> abroad ? null : returned ? "over" : "not yet under way";
            case TERMINATION -> terminated ? "already terminated" : rejected ? "rejected" : returned ? "over" : null;
        };
        return Optional.ofNullable(why);
    }
}
