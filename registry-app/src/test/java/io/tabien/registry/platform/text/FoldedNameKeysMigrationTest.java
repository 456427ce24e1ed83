package io.tabien.registry.platform.text;

import io.tabien.registry.platform.axon.ProjectionProgress;
import io.tabien.registry.support.Api;
import io.tabien.registry.support.CivilClient;
import io.tabien.registry.support.IntegrationTest;
import io.tabien.registry.support.Mrz;
import io.tabien.registry.support.NameTypedTwoWays;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A registry upgraded to folded names refolds the names it already holds: the migration empties the two projections
 * that keep name keys and removes their tokens, and they rebuild from the events with the keys folded, raising the
 * duplicate flags the old keys missed. The migration's own script is run here against a registry whose keys are
 * made as the previous version wrote them.
 */
class FoldedNameKeysMigrationTest extends IntegrationTest {

    private static final String MIGRATION = "db/migration/V42__folded_name_keys.sql";
    private static final List<String> REBUILT = List.of("person-registry", "flags");
    private static final List<String> TABLES = List.of("person_registry", "person_registry_history",
            "person_registry_household", "person_registry_membership", "person_registry_passport",
            "person_registry_grievance", "flag", "flag_birth", "flag_passport", "flag_custody_episode", "flag_agency",
            "flag_agency_event", "flag_contract", "flag_contract_step", "flag_return", "flag_household",
            "flag_membership", "flag_grievance");

    @Autowired
    private EventProcessingConfiguration processing;

    @Autowired
    private ProjectionProgress progress;

    @Test
    void namesKeptBeforeFoldingAreRefoldedFromTheEvents() throws IOException {
        NameTypedTwoWays am = NameTypedTwoWays.lao().get(0);
        String family = "ທົດລອງ" + UUID.randomUUID().toString().substring(0, 8);
        CivilClient registrar = new CivilClient(user("REGISTRAR", "LA-XE"));
        String first = registrar.registerBirth(am.oneWay(), family, null, "2025-04-01", "LA-XE", "1501",
                "ນາງ " + am.oneWay() + " " + family, null).json().get("id").asString();
        String again = registrar.registerBirth(am.otherWay(), family, null, "2025-04-03", "LA-XE", "1501",
                "ນາງ " + am.otherWay() + " " + family, null).json().get("id").asString();
        everyKindOfRecordAbout(registrar, registrar.person("ແສງ", family, "1980-01-15", "LA-XE", "1501"));
        long head = settled();
        for (String table : TABLES) {
            assertThat(jdbc.queryForObject("select count(*) from " + table, Long.class)).as(table).isPositive();
        }
        Map<String, String> asProjected = checksums();
        List<String> otherTokens = otherTokens();
        long events = eventCount();

        REBUILT.forEach(group -> processor(group).shutDown());
        JdbcTemplate owner = superuser();
        owner.update("""
                update person_registry
                set search_names = lower(concat_ws(' ', given_name, family_name, given_name_latin, family_name_latin))""");
        owner.update("""
                update flag_birth b set mother_name = coalesce(lower(p.mother_name), '')
                from person_registry p where p.person_id = b.person_id""");
        owner.update("delete from flag where person_id = ?::uuid and rule = 'CIV-POSSIBLE-DUPLICATE'", again);
        // An event of the old projection parked as one it could not handle: the rebuild handles it again.
        owner.update("""
                insert into dead_letter_entry (dead_letter_id, processing_group, sequence_identifier, sequence_index,
                    message_type, event_identifier, time_stamp, payload_type, payload, enqueued_at)
                values (?, 'person-registry', ?, 0, 'org.axonframework.eventhandling.GenericDomainEventMessage', ?,
                    '2026-01-01T00:00:00Z', 'io.tabien.contracts.civil.BirthRegistered', '{}', '2026-01-01T00:00:00Z')""",
                UUID.randomUUID().toString(), again, UUID.randomUUID().toString());
        long otherDeadLetters = otherDeadLetters();
        // The keys as the previous version kept them: the name typed two ways gave two keys.
        assertThat(jdbc.queryForList("select search_names from person_registry where person_id in (?::uuid, ?::uuid)",
                String.class, first, again)).hasSize(2).doesNotHaveDuplicates();
        assertThat(duplicateFlags(registrar, again)).isEmpty();

        owner.execute(new String(new ClassPathResource(MIGRATION).getContentAsByteArray(), StandardCharsets.UTF_8));

        for (String table : TABLES) {
            assertThat(jdbc.queryForObject("select count(*) from " + table, Long.class)).as(table).isZero();
        }
        assertThat(jdbc.queryForObject("select count(*) from token_entry where processor_name in (?, ?)", Long.class,
                REBUILT.get(0), REBUILT.get(1))).isZero();
        assertThat(otherTokens()).isEqualTo(otherTokens);
        assertThat(jdbc.queryForObject("select count(*) from dead_letter_entry where processing_group in (?, ?)",
                Long.class, REBUILT.get(0), REBUILT.get(1))).isZero();
        assertThat(otherDeadLetters()).isEqualTo(otherDeadLetters);
        assertThat(eventCount()).isEqualTo(events);

        REBUILT.forEach(group -> processor(group).start());
        for (String group : REBUILT) {
            await().atMost(Duration.ofSeconds(60)).until(() -> progress.hasProcessed(group, head));
        }
        assertThat(checksums()).isEqualTo(asProjected);
        assertThat(containing(registrar, am.otherWay() + " " + family)).contains(first, again);
        assertThat(containing(registrar, am.oneWay() + " " + family)).contains(first, again);
        assertThat(duplicateFlags(registrar, again)).singleElement().asString().contains(first);
    }

    /** A household, a passport held by an employer, a contract with a fee, a return and a grievance. */
    private void everyKindOfRecordAbout(CivilClient registrar, String person) {
        registrar.familyBook("LA-XE", "1501", person);
        Api passportOfficer = user("PASSPORT_OFFICER", null);
        LocalDate issued = LocalDate.now().minusMonths(2);
        String number = "F" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        String[] mrz = Mrz.lao(number, LocalDate.of(1980, 1, 15), 'F', issued.plusYears(10), "SISOUVANH", "SAENG");
        String passport = created(passportOfficer.post("/api/passports", """
                {"holderPersonId": "%s", "passportNumber": "%s", "issuedOn": "%s", "expiresOn": "%s",
                 "mrz": ["%s", "%s"]}""".formatted(person, number, issued, issued.plusYears(10), mrz[0], mrz[1])));
        assertThat(passportOfficer.post("/api/passports/" + passport + "/custody", """
                {"custodian": "EMPLOYER", "custodianName": "Rubber Co.", "country": "TH", "since": "%s",
                 "holderConsent": false}""".formatted(issued.plusDays(3))).status()).isEqualTo(200);
        Api labourOfficer = user("LABOUR_OFFICER", null);
        String agency = created(labourOfficer.post("/api/agencies", """
                {"name": "Mekong Manpower", "licenceNumber": "F-%s", "address": "Pakse",
                 "licensedFrom": "2020-01-01", "licensedUntil": "2029-12-31", "destinations": ["TH"],
                 "sectors": ["AGRICULTURE"]}""".formatted(number)));
        String contract = created(labourOfficer.post("/api/contracts", """
                {"workerPersonId": "%s", "agencyId": "%s", "channel": "MOU", "employerName": "Rubber Co.",
                 "destinationCountry": "TH", "sector": "AGRICULTURE", "jobTitle": "tapper",
                 "monthlyWage": {"amount": 9000, "currency": "THB"}, "durationMonths": 24,
                 "contractLanguage": "lo", "signedOn": "2022-02-01"}""".formatted(person, agency)));
        assertThat(labourOfficer.post("/api/contracts/" + contract + "/fees", """
                {"payer": "WORKER", "payeeAgencyId": "%s", "type": "VISA",
                 "amount": {"amount": 12000, "currency": "THB"}, "paidOn": "2022-02-03"}""".formatted(agency))
                .status()).isEqualTo(200);
        created(labourOfficer.post("/api/returns", """
                {"personId": "%s", "returnedOn": "2025-01-01", "checkpoint": "Vang Tao", "fromCountry": "TH",
                 "workedAbroad": true}""".formatted(person)));
        created(user("LABOUR_ATTACHE", "TH").post("/api/grievances", """
                {"workerPersonId": "%s", "contractId": "%s", "employerName": "Rubber Co.", "country": "TH",
                 "channel": "WALK_IN", "categories": ["RETENTION_OF_IDENTITY_DOCUMENTS"], "narrative": "passport kept",
                 "reportedOn": "2025-06-01"}""".formatted(person, contract)));
    }

    private static String created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    /** Waits until the process steps and both projections have handled every event; answers the head. */
    private long settled() {
        long written = head();
        for (String step : List.of("household-automation", "passport-automation")) {
            await().atMost(Duration.ofSeconds(30)).until(() -> progress.hasProcessed(step, written));
        }
        long head = head();
        for (String group : REBUILT) {
            await().atMost(Duration.ofSeconds(30)).until(() -> progress.hasProcessed(group, head));
        }
        return head;
    }

    private StreamingEventProcessor processor(String group) {
        return processing.eventProcessorByProcessingGroup(group, StreamingEventProcessor.class).orElseThrow();
    }

    private Map<String, String> checksums() {
        Map<String, String> checksums = new LinkedHashMap<>();
        for (String table : TABLES) {
            checksums.put(table, jdbc.queryForObject(
                    "select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) from " + table + " t",
                    String.class));
        }
        return checksums;
    }

    /** The segments of every other processor, whose positions the migration must leave alone. */
    private List<String> otherTokens() {
        return jdbc.queryForList("""
                select processor_name || '/' || segment from token_entry
                where processor_name not in (?, ?) and token is not null order by 1""", String.class,
                REBUILT.get(0), REBUILT.get(1));
    }

    private long otherDeadLetters() {
        return jdbc.queryForObject("select count(*) from dead_letter_entry where processing_group not in (?, ?)",
                Long.class, REBUILT.get(0), REBUILT.get(1));
    }

    private static List<String> containing(CivilClient registrar, String query) {
        return registrar.api().get("/api/persons?limit=100&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8))
                .json().get("results").valueStream()
                .filter(hit -> hit.get("relevance").asDouble() == 1.0)
                .map(hit -> hit.get("id").asString()).toList();
    }

    private static List<String> duplicateFlags(CivilClient registrar, String person) {
        return registrar.api().get("/api/persons/" + person + "/flags").json().valueStream()
                .filter(flag -> flag.get("rule").asString().equals("CIV-POSSIBLE-DUPLICATE"))
                .map(flag -> flag.get("reason").asString())
                .toList();
    }
}
