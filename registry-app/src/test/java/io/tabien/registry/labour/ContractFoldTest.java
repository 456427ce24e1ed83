package io.tabien.registry.labour;

import io.tabien.contracts.civil.PersonId;
import io.tabien.contracts.labour.Channel;
import io.tabien.contracts.labour.ContractApproved;
import io.tabien.contracts.labour.ContractExplainedToWorker;
import io.tabien.contracts.labour.ContractId;
import io.tabien.contracts.labour.ContractRegistered;
import io.tabien.contracts.labour.ContractRejected;
import io.tabien.contracts.labour.ContractState;
import io.tabien.contracts.labour.ContractTerminated;
import io.tabien.contracts.labour.FeePayer;
import io.tabien.contracts.labour.FeePaymentRecorded;
import io.tabien.contracts.labour.FeeType;
import io.tabien.contracts.labour.Money;
import io.tabien.contracts.labour.ReturnReason;
import io.tabien.contracts.labour.SavingsDeposited;
import io.tabien.contracts.labour.SavingsRefunded;
import io.tabien.contracts.labour.Sector;
import io.tabien.contracts.labour.WorkerDeparted;
import io.tabien.contracts.labour.WorkerReturned;
import io.tabien.registry.labour.ContractSteps.Step;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ContractFoldTest {

    private static final ContractId CONTRACT = new ContractId(UUID.fromString("c0a1b2c3-d4e5-4f60-8a7b-8c9d0e1f2a3b"));
    private static final LocalDate SIGNED = LocalDate.of(2025, 1, 10);
    private static final ContractRegistered REGISTERED = new ContractRegistered(CONTRACT,
            new PersonId(UUID.fromString("3f1e2d3c-4b5a-4697-8a1b-2c3d4e5f6a7b")), null, Channel.MOU, "Farm", "TH",
            Sector.AGRICULTURE, "picker", new Money(new BigDecimal("9000"), "THB"), 24, "lo", SIGNED);

    private static ContractFold fold(Object... events) {
        ContractFold contract = ContractFold.registered(REGISTERED);
        for (Object event : events) {
            contract = contract.apply(event);
        }
        return contract;
    }

    @Test
    void givenARegistrationThenTheContractIsRegisteredAndCanTakeEveryStepButAReturn() {
        ContractFold contract = fold();

        assertThat(contract.state()).isEqualTo(ContractState.REGISTERED);
        assertThat(contract.steps().allows(Step.RETURN)).isFalse();
        assertThat(contract.steps().allows(Step.APPROVAL)).isTrue();
        assertThat(contract.registered()).isEqualTo(REGISTERED);
    }

    @Test
    void givenApprovalDepartureAndReturnThenTheLatestStepIsItsState() {
        ContractFold approved = fold(new ContractApproved(CONTRACT, SIGNED.plusDays(1)));
        ContractFold departed = approved.apply(new WorkerDeparted(CONTRACT, SIGNED.plusDays(5), "Friendship Bridge I"));
        ContractFold returned = departed.apply(new WorkerReturned(CONTRACT, SIGNED.plusDays(90), "Friendship Bridge I",
                ReturnReason.END_OF_CONTRACT));

        assertThat(approved.state()).isEqualTo(ContractState.APPROVED);
        assertThat(departed.state()).isEqualTo(ContractState.DEPARTED);
        assertThat(departed.abroad()).isTrue();
        assertThat(departed.steps().allows(Step.RETURN)).isTrue();
        assertThat(returned.state()).isEqualTo(ContractState.RETURNED);
        assertThat(returned.abroad()).isFalse();
        assertThat(returned.returnedOn()).isEqualTo(SIGNED.plusDays(90));
        assertThat(returned.returnReason()).isEqualTo(ReturnReason.END_OF_CONTRACT);
    }

    @Test
    void givenADepartureOnAnUnapprovedContractThenItIsDepartedWithoutApproval() {
        ContractFold departed = fold(new WorkerDeparted(CONTRACT, SIGNED.plusDays(5), "Wattay"));

        assertThat(departed.state()).isEqualTo(ContractState.DEPARTED);
        assertThat(departed.approvedOn()).isNull();
        assertThat(departed.steps().allows(Step.APPROVAL)).isTrue();
    }

    @Test
    void givenARejectionOrATerminationThenItOverridesEveryOtherStep() {
        assertThat(fold(new ContractRejected(CONTRACT, SIGNED, "forged")).state()).isEqualTo(ContractState.REJECTED);
        assertThat(fold(new ContractApproved(CONTRACT, SIGNED), new WorkerDeparted(CONTRACT, SIGNED, "Wattay"),
                new ContractTerminated(CONTRACT, SIGNED.plusDays(3), "employer closed")).state())
                .isEqualTo(ContractState.TERMINATED);
        assertThat(ContractFold.state(false, SIGNED, SIGNED, SIGNED, SIGNED)).isEqualTo(ContractState.TERMINATED);
        assertThat(ContractFold.state(true, null, null, null, null)).isEqualTo(ContractState.REJECTED);
        assertThat(ContractFold.state(false, null, null, null, null)).isEqualTo(ContractState.REGISTERED);
    }

    @Test
    void givenAnAcknowledgedExplanationThenALaterUnacknowledgedOneDoesNotReplaceIt() {
        ContractExplainedToWorker acknowledged = new ContractExplainedToWorker(CONTRACT, "lo", "officer", true,
                SIGNED.plusDays(1));
        ContractExplainedToWorker unacknowledged = new ContractExplainedToWorker(CONTRACT, "th", "officer", false,
                SIGNED.plusDays(2));

        assertThat(fold(acknowledged, unacknowledged).explanation()).isEqualTo(acknowledged);
        assertThat(fold(unacknowledged, acknowledged).explanation()).isEqualTo(acknowledged);
        assertThat(fold(unacknowledged).explanation()).isEqualTo(unacknowledged);
    }

    @Test
    void givenSavingsDepositedAndRefundedThenTheBalanceIsHeldPerCurrencyWithoutEmptyOnes() {
        ContractFold contract = fold(new SavingsDeposited(CONTRACT, new Money(new BigDecimal("1000.50"), "THB"), SIGNED),
                new SavingsDeposited(CONTRACT, new Money(new BigDecimal("20"), "USD"), SIGNED),
                new SavingsRefunded(CONTRACT, new Money(new BigDecimal("400.25"), "THB"), SIGNED),
                new SavingsRefunded(CONTRACT, new Money(new BigDecimal("20"), "USD"), SIGNED));

        assertThat(contract.savingsHeld("THB")).isEqualByComparingTo("600.25");
        assertThat(contract.savingsHeld("USD")).isEqualByComparingTo("0");
        assertThat(contract.savingsHeld("LAK")).isEqualByComparingTo("0");
        assertThat(contract.savingsBalance()).containsExactly(new Money(new BigDecimal("600.25"), "THB"));
    }

    @Test
    void givenAFeeThenTheContractIsUnchanged() {
        ContractFold contract = fold();

        assertThat(contract.apply(new FeePaymentRecorded(CONTRACT, FeePayer.WORKER, null, "Broker", FeeType.SERVICE_FEE,
                new Money(new BigDecimal("1500"), "THB"), SIGNED, "R-1"))).isSameAs(contract);
    }
}
