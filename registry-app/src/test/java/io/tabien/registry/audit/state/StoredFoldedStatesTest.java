package io.tabien.registry.audit.state;

import io.tabien.registry.support.Api;
import io.tabien.registry.support.CivilClient;
import io.tabien.registry.support.IntegrationTest;
import io.tabien.registry.support.Mrz;
import io.tabien.registry.grievance.casefile.CaseFileKeys;
import org.axonframework.config.Configuration;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A record as it stood at a moment reads the same from its stored folded states as from its first event: at the
 * moments of its events, between them, between stored states, before the first and after the last.
 */
class StoredFoldedStatesTest extends IntegrationTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Vientiane"));

    @Autowired
    @Qualifier("eventSerializer")
    private Serializer events;

    @Autowired
    private JsonMapper json;

    @Autowired
    private ObjectProvider<Configuration> axon;

    @Autowired
    private CaseFileKeys caseFileKeys;

    private Api auditor;
    private Api labour;

    @BeforeEach
    void users() {
        auditor = user("AUDITOR", null);
        labour = user("LABOUR_OFFICER", null);
    }

    @Test
    void aContractWithManyEventsReadsTheSameFromStoredStatesAsFromItsFirstEvent() {
        String contract = created(labour.post("/api/contracts", """
                {"workerPersonId": "%s", "channel": "MOU", "employerName": "Farm", "destinationCountry": "TH",
                 "sector": "AGRICULTURE", "jobTitle": "picker", "monthlyWage": {"amount": 9000, "currency": "THB"},
                 "durationMonths": 12, "contractLanguage": "lo", "signedOn": "%s"}"""
                .formatted(UUID.randomUUID(), TODAY.minusDays(30))));
        step(contract, "explanation", """
                {"language": "lo", "explainedBy": "officer", "workerAcknowledged": false, "explainedOn": "%s"}""");
        for (int i = 0; i < 12; i++) {
            fee(contract, i % 2 == 0 ? "10.50" : "1500");
        }
        step(contract, "approval", "{\"approvedOn\": \"%s\"}");
        step(contract, "savings", "{\"amount\": {\"amount\": 700.25, \"currency\": \"THB\"}, \"depositedOn\": \"%s\"}");
        step(contract, "departure", "{\"departedOn\": \"%s\", \"checkpoint\": \"Friendship Bridge I\"}");
        for (int i = 0; i < 9; i++) {
            fee(contract, "20.00");
        }
        step(contract, "savings-refund", "{\"amount\": {\"amount\": 200, \"currency\": \"THB\"}, \"refundedOn\": \"%s\"}");
        step(contract, "return", """
                {"returnedOn": "%s", "checkpoint": "Friendship Bridge I", "reason": "END_OF_CONTRACT"}""");
        fee(contract, "5");

        AggregateStates everyFive = states(5);
        UUID id = UUID.fromString(contract);
        List<Instant> moments = moments(contract);
        // The read of the last moment folds from the first event and stores a state every five events.
        assertSame(everyFive, id, moments.get(moments.size() - 1));
        // 29 events: states after the 5th, 10th, ... 25th; all but the first stored as what their lists gained.
        assertThat(stored(id)).isEqualTo(5);
        assertThat(jdbc.queryForObject("select count(*) from folded_state where aggregate_identifier = ?"
                + " and appended is not null", Integer.class, contract)).isEqualTo(4);

        for (Instant moment : moments) {
            assertSame(everyFive, id, moment);
        }
        assertThat(everyFive.asOf(id, moments.get(0).minusSeconds(1))).isEmpty();
        // The endpoint answers the same (both read back alike: a client's parser may drop an amount's trailing zero).
        Instant last = moments.get(moments.size() - 1);
        assertThat(auditor.get("/api/audit/aggregates/" + contract + "/state?asOf=" + last).json().get("state"))
                .isEqualTo(JsonMapper.builder().build().readTree(json.writeValueAsString(
                        everyFive.asOfFromFirstEvent(id, last).orElseThrow().state())));

        // Stored states are a cache of the events: without them the answer is the same, and they come back.
        jdbc.update("delete from folded_state where aggregate_identifier = ?", contract);
        assertSame(everyFive, id, moments.get(moments.size() / 2));
        assertThat(stored(id)).isPositive();
    }

    @Test
    void aPassportWhoseCustodyClosesItsLastPeriodReadsTheSameFromStoredStates() {
        CivilClient registrar = new CivilClient(user("REGISTRAR", "LA-XE"));
        String holder = registrar.person("ທອງ", "ດີ", "1980-02-02", "LA-XE", "1501");
        Api officer = user("PASSPORT_OFFICER", null);
        String number = "S" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        LocalDate issued = TODAY.minusMonths(1);
        String[] mrz = Mrz.lao(number, LocalDate.of(1980, 2, 2), 'F', issued.plusYears(10), "DEE", "THONG");
        String passport = created(officer.post("/api/passports", """
                {"holderPersonId": "%s", "passportNumber": "%s", "issuedOn": "%s", "expiresOn": "%s",
                 "mrz": ["%s", "%s"]}""".formatted(holder, number, issued, issued.plusYears(10), mrz[0], mrz[1])));
        for (int i = 1; i <= 3; i++) {
            assertThat(officer.post("/api/passports/" + passport + "/custody", """
                    {"custodian": "EMPLOYER", "custodianName": "Farm %d", "country": "TH", "since": "%s",
                     "holderConsent": true}""".formatted(i, issued.plusDays(2L * i))).status()).isEqualTo(200);
            assertThat(officer.post("/api/passports/" + passport + "/return",
                    "{\"returnedOn\": \"%s\"}".formatted(issued.plusDays(2L * i + 1))).status()).isEqualTo(200);
        }
        assertThat(officer.post("/api/passports/" + passport + "/loss",
                "{\"reportedOn\": \"%s\"}".formatted(TODAY)).status()).isEqualTo(200);

        AggregateStates everyTwo = states(2);
        UUID id = UUID.fromString(passport);
        List<Instant> moments = moments(passport);
        assertSame(everyTwo, id, moments.get(moments.size() - 1));
        assertThat(stored(id)).isEqualTo(4);
        for (Instant moment : moments) {
            assertSame(everyTwo, id, moment);
        }
    }

    @Test
    void aGrievanceIsNeverStoredSinceItsCaseFileMayBeErased() {
        String worker = new CivilClient(user("REGISTRAR", "LA-XE")).person("ສົມ", "ໃຈ", "1985-03-03", "LA-XE", "1501");
        String grievance = created(user("LABOUR_ATTACHE", "TH").post("/api/grievances", """
                {"workerPersonId": "%s", "employerName": "Farm", "country": "TH", "channel": "HOTLINE",
                 "categories": ["WAGE_THEFT"], "narrative": "unpaid", "reportedOn": "%s"}""".formatted(worker, TODAY)));
        UUID id = UUID.fromString(grievance);

        assertThat(states(1).asOf(id, Instant.now())).isPresent();
        assertThat(stored(id)).isZero();
    }

    private AggregateStates states(int every) {
        return new AggregateStates(jdbc, events, axon, caseFileKeys, json, every);
    }

    private void assertSame(AggregateStates states, UUID id, Instant moment) {
        var fromStored = states.asOf(id, moment).orElseThrow();
        var fromFirst = states.asOfFromFirstEvent(id, moment).orElseThrow();
        // Compared as JSON too, so that an amount's scale (10.50, not 10.5) counts.
        assertThat(fromStored).as("at %s", moment).isEqualTo(fromFirst);
        assertThat((JsonNode) json.valueToTree(fromStored)).as("at %s", moment).isEqualTo(json.valueToTree(fromFirst));
    }

    /** Each event's store time, the moments just before and between them, and a day after the last, shuffled. */
    private List<Instant> moments(String record) {
        List<Instant> storedAt = new ArrayList<>();
        for (JsonNode event : auditor.get("/api/audit/aggregates/" + record + "/events").json()) {
            storedAt.add(Instant.parse(event.get("time").asString()));
        }
        List<Instant> moments = new ArrayList<>(storedAt);
        for (int i = 1; i < storedAt.size(); i++) {
            moments.add(storedAt.get(i).minusNanos(1000));
        }
        Instant last = storedAt.get(storedAt.size() - 1);
        Collections.shuffle(moments, new Random(17));
        moments.add(0, storedAt.get(0));
        moments.add(last.plusSeconds(86_400));
        return moments;
    }

    private int stored(UUID id) {
        Integer count = jdbc.queryForObject("select count(*) from folded_state where aggregate_identifier = ?",
                Integer.class, id.toString());
        return count == null ? 0 : count;
    }

    private void step(String contract, String step, String body) {
        Api.Response answer = labour.post("/api/contracts/" + contract + "/" + step, body.formatted(TODAY));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    }

    private void fee(String contract, String amount) {
        step(contract, "fees", """
                {"payer": "WORKER", "payeeName": "Broker", "type": "SERVICE_FEE",
                 "amount": {"amount": %s, "currency": "THB"}, "paidOn": "%%s", "receiptNumber": "R-1"}"""
                .formatted(amount));
    }

    private static String created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asString();
    }
}
