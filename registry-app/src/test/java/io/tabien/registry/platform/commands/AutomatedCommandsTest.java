package io.tabien.registry.platform.commands;

import io.tabien.contracts.labour.ContractId;
import io.tabien.contracts.labour.FeePayer;
import io.tabien.contracts.labour.FeeType;
import io.tabien.contracts.labour.Money;
import io.tabien.contracts.labour.RecordFeePayment;
import io.tabien.registry.support.Api;
import io.tabien.registry.support.CivilClient;
import io.tabien.registry.support.IntegrationTest;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A process step is taken once per causing event, by the step's own record of it: the command used here would be
 * accepted every time it is sent, so only that record keeps a second delivery from repeating it.
 */
class AutomatedCommandsTest extends IntegrationTest {

    @Autowired
    private AutomatedCommands commands;

    @Test
    void aStepIsTakenOncePerCausingEventAndAgainForAnotherEvent() {
        ContractId contract = new ContractId(UUID.fromString(contract()));
        RecordFeePayment payment = new RecordFeePayment(contract, FeePayer.WORKER, null, "Golden Bridge Recruitment",
                FeeType.SERVICE_FEE, new Money(new BigDecimal("1500.00"), "THB"), LocalDate.now().minusDays(1),
                "R-1");
        EventMessage<?> cause = GenericEventMessage.asEventMessage("a causing event");

        assertThat(commands.sendOnce(cause, "record-fee", payment)).isTrue();
        assertThat(commands.sendOnce(cause, "record-fee", payment)).as("the same event delivered again").isFalse();
        assertThat(fees(contract)).isEqualTo(1);

        EventMessage<?> anotherCause = GenericEventMessage.asEventMessage("another causing event");
        assertThat(commands.sendOnce(anotherCause, "record-fee", payment)).isTrue();
        assertThat(fees(contract)).isEqualTo(2);
    }

    private long fees(ContractId contract) {
        Long count = jdbc.queryForObject("""
                        select count(*) from domain_event_entry
                        where aggregate_identifier = ? and payload_type like '%FeePaymentRecorded'""",
                Long.class, contract.value().toString());
        return count == null ? 0 : count;
    }

    private String contract() {
        Api officer = user("LABOUR_OFFICER", null);
        String worker = new CivilClient(user("REGISTRAR", "LA-SV"))
                .person("ແສງ", "ວົງສາ", "1995-03-03", "LA-SV", "1301");
        Api.Response registered = officer.post("/api/contracts", """
                {"workerPersonId": "%s", "channel": "INFORMAL", "employerName": "Sombat Farm Co.",
                 "destinationCountry": "TH", "sector": "AGRICULTURE", "jobTitle": "worker",
                 "monthlyWage": {"amount": 10000, "currency": "THB"}, "durationMonths": 24,
                 "contractLanguage": "lo", "signedOn": "%s"}""".formatted(worker, LocalDate.now().minusMonths(1)));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        return registered.json().get("id").asString();
    }
}
