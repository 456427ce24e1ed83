package io.tabien.registry.labour;

import io.tabien.registry.labour.ContractSteps.Step;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContractStepsTest {

    @Test
    void aRegisteredContractCanTakeEveryStepButAReturn() {
        assertThat(new ContractSteps(false, false, false, false, false).allowed())
                .containsExactly(Step.EXPLANATION, Step.APPROVAL, Step.REJECTION, Step.DEPARTURE, Step.TERMINATION,
                        Step.SAVINGS);
    }

    @Test
    void aWorkerAbroadCanOnlyReturnOrHaveTheContractTerminated() {
        ContractSteps abroad = new ContractSteps(true, false, false, true, false);

        assertThat(abroad.allowed()).containsExactly(Step.EXPLANATION, Step.RETURN, Step.TERMINATION, Step.SAVINGS);
        assertThat(abroad.refusal(Step.DEPARTURE)).contains("under way");
    }

    @Test
    void aRejectedContractTakesNoStep() {
        ContractSteps rejected = new ContractSteps(false, true, false, false, false);

        assertThat(rejected.allowed()).isEmpty();
        assertThat(rejected.refusal(Step.APPROVAL)).contains("rejected");
    }

    @Test
    void aContractOverByTheWorkersReturnTakesOnlyExplanationsAndSavings() {
        assertThat(new ContractSteps(true, false, false, true, true).allowed())
                .containsExactly(Step.EXPLANATION, Step.SAVINGS);
    }
}
