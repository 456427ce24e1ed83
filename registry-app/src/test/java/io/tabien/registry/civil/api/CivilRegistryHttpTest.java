package io.tabien.registry.civil.api;

import io.tabien.registry.support.Api;
import io.tabien.registry.support.CivilClient;
import io.tabien.registry.support.IntegrationTest;
import io.tabien.registry.support.Together;
import io.tabien.registry.support.UniqueNames;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class CivilRegistryHttpTest extends IntegrationTest {

    private CivilClient sekong;

    @BeforeEach
    void registrar() {
        sekong = new CivilClient(user("REGISTRAR", "LA-XE"));
    }

    @Test
    void householdFollowsTheBirthAndTheDeathOfAChild() {
        String head = sekong.person("ບຸນມີ", "ສີວົງ", "1985-04-02", "LA-XE", "1501");
        String book = sekong.familyBook("LA-XE", "1501", head);

        Api.Response birth = sekong.registerBirth("ນ້ອຍ", "ສີວົງ", null, "2025-12-01", "LA-XE", "1501", null, book);
        assertThat(birth.status()).isEqualTo(201);
        String child = birth.json().get("id").asString();

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(members(book)).containsEntry(child, "CHILD"));

        String otherHead = sekong.person("ຄຳ", "ພົມມະ", "1979-09-09", "LA-XE", "1502");
        String otherBook = sekong.familyBook("LA-XE", "1502", otherHead);
        Api.Response secondBook = sekong.addMember(otherBook, child, "CHILD", "ADOPTION", "2026-01-10");
        assertThat(secondBook.status()).isEqualTo(409);
        assertThat(secondBook.json().get("detail").asString()).contains(book);

        assertThat(sekong.registerDeath(child, "2026-02-01", "LA-XE", "1501").status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(members(book)).doesNotContainKey(child));

        JsonNode history = sekong.api().get("/api/family-books/" + book).json().get("history");
        assertThat(history.findValuesAsString("event"))
                .containsExactly("FamilyBookIssued", "FamilyMemberAdded", "FamilyMemberRemoved");
        JsonNode added = history.get(1);
        JsonNode removed = history.get(2);
        assertThat(added.get("summary").asString()).contains(child).contains("CHILD").contains("BIRTH")
                .contains("2025-12-01");
        assertThat(removed.get("summary").asString()).contains(child).contains("DEATH").contains("2026-02-01");
        for (JsonNode step : List.of(added, removed)) {
            assertThat(step.get("actor").asString()).isEqualTo("tabien");
            assertThat(step.get("role").asString()).isEqualTo("SYSTEM");
            assertThat(step.get("storedAt").asString()).isNotBlank();
            assertThat(step.get("causedBy").asString()).isNotBlank();
        }
        assertThat(history.get(0).get("actor").asString()).startsWith("registrar-");
        assertThat(added.get("causedBy").asString()).isEqualTo(eventId("BirthRegistered", child));
        assertThat(removed.get("causedBy").asString()).isEqualTo(eventId("DeathRegistered", child));
    }

    @Test
    void personAddedToTwoBooksAtOnceEndsUpInOne() {
        for (int round = 0; round < Together.ROUNDS; round++) {
            String person = sekong.person("ພອນ", "ໄຊ", "1999-09-09", "LA-XE", "1501");
            List<String> books = List.of(
                    sekong.familyBook("LA-XE", "1501", sekong.person("ກ", "ໄຊ", "1970-01-01", "LA-XE", "1501")),
                    sekong.familyBook("LA-XE", "1501", sekong.person("ຂ", "ໄຊ", "1971-01-01", "LA-XE", "1501")),
                    sekong.familyBook("LA-XE", "1501", sekong.person("ຄ", "ໄຊ", "1972-01-01", "LA-XE", "1501")),
                    sekong.familyBook("LA-XE", "1501", sekong.person("ງ", "ໄຊ", "1973-01-01", "LA-XE", "1501")));
            List<Integer> statuses = Together.run(books.stream()
                    .<Callable<Integer>>map(book -> () ->
                            sekong.addMember(book, person, "OTHER", "MOVE_IN", "2026-01-01").status())
                    .toList());

            assertThat(statuses).containsOnly(200, 409).containsOnlyOnce(200);
            assertThat(jdbc.queryForObject("""
                    select count(*) from domain_event_entry
                    where payload_type like '%.FamilyMemberAdded' and convert_from(payload, 'UTF8')::jsonb->>'personId' = ?""",
                    Long.class, person)).isEqualTo(1);
        }
    }

    @Test
    void familyBookIsFoundByItsNumberAndKeepsReplacedNumbers() {
        String head = sekong.person("ສຸກ", "ໄຊຍະ", "1990-01-01", "LA-XE", "1501");
        String number = CivilClient.uniqueNumber();
        String book = sekong.issueFamilyBook(number, "LA-XE", "1501", head).json().get("id").asString();

        String newNumber = CivilClient.uniqueNumber();
        assertThat(sekong.api().post("/api/family-books/" + book + "/replacement",
                "{\"newBookNumber\": \"" + newNumber + "\", \"reason\": \"LOST\"}").status()).isEqualTo(200);

        Api.Response byNew = sekong.api().get("/api/family-books?number=" + newNumber + "&district=1501");
        Api.Response byOld = sekong.api().get("/api/family-books?number=" + number + "&district=1501");
        assertThat(byNew.status()).isEqualTo(200);
        assertThat(byNew.json().get("bookNumber").asString()).isEqualTo(newNumber);
        assertThat(byOld.json().get("id").asString()).isEqualTo(book);
        assertThat(byOld.json().get("previousBookNumbers").get(0).asString()).isEqualTo(number);
        assertThat(sekong.api().get("/api/family-books?number=nope&district=1501").status()).isEqualTo(404);
    }

    @Test
    void bookNumberIsUniqueWithinItsDistrictAndRetiredNumbersStayTaken() {
        String number = CivilClient.uniqueNumber();
        String first = sekong.person("ແກ້ວ", "ດວງ", "1970-03-03", "LA-XE", "1501");
        String second = sekong.person("ແສງ", "ດວງ", "1972-03-03", "LA-XE", "1501");
        assertThat(sekong.issueFamilyBook(number, "LA-XE", "1501", first).status()).isEqualTo(201);
        long before = eventCount();

        Api.Response taken = sekong.issueFamilyBook(number, "LA-XE", "1501", second);

        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.contentType()).isEqualTo("application/problem+json");
        assertThat(eventCount()).isEqualTo(before);
        assertThat(sekong.issueFamilyBook(number, "LA-XE", "1502", second).status()).isEqualTo(201);
    }

    @Test
    void headOfHouseholdChangesToAMember() {
        String head = sekong.person("ທອງ", "ມະນີ", "1960-05-05", "LA-XE", "1501");
        String spouse = sekong.person("ນາງ", "ມະນີ", "1962-05-05", "LA-XE", "1501");
        String book = sekong.familyBook("LA-XE", "1501", head);
        assertThat(sekong.addMember(book, spouse, "SPOUSE", "MARRIAGE", "1985-01-01").status()).isEqualTo(200);

        assertThat(sekong.api().post("/api/family-books/" + book + "/head", "{\"personId\": \"" + spouse + "\"}")
                .status()).isEqualTo(200);
        assertThat(sekong.api().post("/api/family-books/" + book + "/members/" + head + "/removal",
                "{\"reason\": \"MOVED_OUT\", \"effectiveDate\": \"2026-01-01\"}").status()).isEqualTo(200);

        JsonNode view = sekong.api().get("/api/family-books/" + book).json();
        assertThat(view.get("headPersonId").asString()).isEqualTo(spouse);
        assertThat(view.get("members").findValuesAsString("personId")).containsExactly(spouse);
    }

    @Test
    void registrarActsOnlyWithinTheirOffice() {
        CivilClient lamarm = new CivilClient(user("REGISTRAR", "1501"));
        CivilClient vientiane = new CivilClient(user("REGISTRAR", "LA-VT"));
        String bornInVientiane = vientiane.person("ວັນ", "ສີລາ", "2020-02-02", "LA-VT", "0101");
        long before = eventCount();

        Api.Response refused = lamarm.registerBirth("ວັນ", "ສີລາ", null, "2020-02-02", "LA-VT", "0101", null, null);
        Api.Response death = lamarm.registerDeath(bornInVientiane, "2026-01-01", "LA-VT", "0101");
        Api.Response read = lamarm.api().get("/api/persons/" + bornInVientiane);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(death.status()).isEqualTo(403);
        assertThat(read.status()).isEqualTo(404);
        assertThat(eventCount()).isEqualTo(before);
        Api auditor = user("AUDITOR", null);
        Api passportOfficer = user("PASSPORT_OFFICER", null);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            assertThat(auditor.get("/api/persons/" + bornInVientiane).status()).isEqualTo(200);
            assertThat(passportOfficer.get("/api/persons/" + bornInVientiane).status()).isEqualTo(200);
        });
    }

    @Test
    void registrarSeesPersonsLivingInTheirOfficeThoughBornElsewhere() {
        CivilClient vientiane = new CivilClient(user("REGISTRAR", "LA-VT"));
        CivilClient lamarm = new CivilClient(user("REGISTRAR", "1501"));
        String movedIn = vientiane.person("ພອນ", "ສະຫວັນ", "1995-07-07", "LA-VT", "0101");
        String head = lamarm.person("ຈັນ", "ສະຫວັນ", "1993-07-07", "LA-XE", "1501");
        String book = lamarm.familyBook("LA-XE", "1501", head);
        assertThat(lamarm.api().get("/api/persons/" + movedIn).status()).isEqualTo(404);

        assertThat(lamarm.addMember(book, movedIn, "SPOUSE", "MARRIAGE", "2024-01-01").status()).isEqualTo(200);

        assertThat(lamarm.api().get("/api/persons/" + movedIn).status()).isEqualTo(200);
        assertThat(lamarm.api().get("/api/persons/" + movedIn).json().get("familyBookId").asString()).isEqualTo(book);
    }

    @Test
    void searchMatchesLaoScriptAndRomanizedNamesWithSmallMisspellings() {
        // The test's own marker, a day of birth drawn from a century, narrows every search to the test's own records
        // however many others in the shared registry share the names.
        String marker = LocalDate.of(1900, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(36_500)).toString();
        String id = sekong.registerBirth("ສົມພອນ", "ວົງສະຫວັນ", "Somphone", marker, "LA-XE", "1501", null, null)
                .json().get("id").asString();
        String other = sekong.registerBirth("ບຸນມີ", "ແກ້ວມະນີ", "Bounmy", marker, "LA-XE", "1501", null, null)
                .json().get("id").asString();

        assertThat(search("ສົມ", marker)).contains(id).doesNotContain(other);
        assertThat(search("somphone", marker)).contains(id).doesNotContain(other);
        assertThat(search("somphon", marker)).contains(id).doesNotContain(other);
        assertThat(search("SOMPONE", marker)).contains(id).doesNotContain(other);
        assertThat(search("ບຸນທັນ", marker)).doesNotContain(id);
        assertThat(search("bounmy", marker)).contains(other).doesNotContain(id);
    }

    @Test
    void searchIsPagedAndFiltered() {
        String family = UniqueNames.lao();
        for (int year = 2001; year <= 2005; year++) {
            sekong.registerBirth("ຄຳ", family, null, year + "-06-01", "LA-XE", "1501", null, null);
        }

        JsonNode first = sekong.api().get("/api/persons?q=" + family + "&limit=2").json();
        JsonNode second = sekong.api().get("/api/persons?q=" + family + "&limit=2&after=" + first.get("next").asString())
                .json();
        JsonNode third = sekong.api().get("/api/persons?q=" + family + "&limit=2&after=" + second.get("next").asString())
                .json();
        JsonNode bornLater = sekong.api().get("/api/persons?q=" + family + "&bornFrom=2004-01-01").json();

        List<String> all = new java.util.ArrayList<>();
        for (JsonNode page : List.of(first, second, third)) {
            all.addAll(page.get("results").findValuesAsString("id"));
        }
        assertThat(all).hasSize(5).doesNotHaveDuplicates();
        assertThat(third.get("next").isNull()).isTrue();
        assertThat(bornLater.get("results")).hasSize(2);
        assertThat(sekong.api().get("/api/persons?q=" + family + "&district=0101").json().get("results")).isEmpty();
    }

    @Test
    void sameChildRegisteredTwiceIsFlaggedOnceAndASiblingIsNot() {
        String mother = "ນາງ ແມ່ " + UUID.randomUUID().toString().substring(0, 8);
        String first = sekong.registerBirth("ສົມໃຈ", "ແກ້ວມະນີ", "Somchai", "2025-05-10", "LA-XE", "1501", mother, null)
                .json().get("id").asString();
        String again = sekong.registerBirth("ສົມໃຈ", "ແກ້ວມະນີ", "Somchai", "2025-05-12", "LA-XE", "1501", mother, null)
                .json().get("id").asString();
        String sibling = sekong.registerBirth("ສົມໃສ", "ແກ້ວມະນີ", "Somsai", "2027-05-10".replace("2027", "2023"),
                "LA-XE", "1501", mother, null).json().get("id").asString();
        String laterSibling = sekong.registerBirth("ສົມໃຈ", "ແກ້ວມະນີ", "Somchai", "2023-05-11", "LA-XE", "1501",
                mother + " x", null).json().get("id").asString();

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(flagsOf(again)).hasSize(1));
        JsonNode flag = sekong.api().get("/api/persons/" + again + "/flags").json().get(0);
        assertThat(flag.get("rule").asString()).isEqualTo("CIV-POSSIBLE-DUPLICATE");
        assertThat(flag.get("category").asString()).isEqualTo("civil-record");
        assertThat(flag.get("personId").asString()).isEqualTo(again);
        assertThat(flag.get("subjectId").asString()).isEqualTo(again);
        assertThat(flag.get("reason").asString()).contains(first).contains(again).contains("2 days apart");
        assertThat(flag.get("evidence")).hasSize(2);
        assertThat(flag.get("clearedAt").isNull()).isTrue();

        JsonNode open = sekong.api().get("/api/flags?category=civil-record&open=true").json();
        assertThat(open.findValuesAsString("personId")).contains(again);
        assertThat(flagsOf(first)).isEmpty();
        assertThat(flagsOf(sibling)).isEmpty();
        assertThat(flagsOf(laterSibling)).isEmpty();
    }

    @Test
    void correctionChangesWhatIsShownAndKeepsTheOriginalInHistory() {
        String id = sekong.registerBirth("ສົມໃຈ", "ແກ້ວມະນີ", "Somchai", "2024-08-08", "LA-XE", "1501", null, null)
                .json().get("id").asString();

        Api.Response corrected = sekong.api().post("/api/persons/" + id + "/corrections", """
                {"changes": {"givenNameLatin": "Somjai", "dateOfBirth": "2024-08-09"},
                 "reason": "Spelling and date as on the hospital certificate", "evidence": "certificate 2024/881"}""");

        assertThat(corrected.status()).isEqualTo(200);
        JsonNode person = sekong.api().get("/api/persons/" + id).json();
        assertThat(person.get("givenNameLatin").asString()).isEqualTo("Somjai");
        assertThat(person.get("dateOfBirth").asString()).isEqualTo("2024-08-09");
        assertThat(person.get("history").findValuesAsString("event"))
                .containsExactly("BirthRegistered", "BirthRecordCorrected");
        List<Map<String, Object>> events = jdbc.queryForList("""
                select payload_type, payload->>'givenNameLatin' as original, payload->'changes'->>'givenNameLatin' as corrected
                from event_log where aggregate_identifier = ? order by sequence_number""", id);
        assertThat(events.get(0).get("original")).isEqualTo("Somchai");
        assertThat(events.get(1).get("corrected")).isEqualTo("Somjai");
    }

    @Test
    void invalidCorrectionsAreRefusedAndRecordNothing() {
        String id = sekong.person("ດາວ", "ສີ", "2024-08-08", "LA-XE", "1501");
        long before = eventCount();

        Api.Response unknownField = sekong.api().post("/api/persons/" + id + "/corrections",
                "{\"changes\": {\"eyeColour\": \"brown\"}, \"reason\": \"x\"}");
        Api.Response clearRequired = sekong.api().post("/api/persons/" + id + "/corrections",
                "{\"changes\": {\"givenName\": null}, \"reason\": \"x\"}");
        Api.Response badDate = sekong.api().post("/api/persons/" + id + "/corrections",
                "{\"changes\": {\"dateOfBirth\": \"soon\"}, \"reason\": \"x\"}");
        Api.Response noReason = sekong.api().post("/api/persons/" + id + "/corrections",
                "{\"changes\": {\"givenName\": \"ດາວເຮືອງ\"}}");
        Api.Response unknownPerson = sekong.api().post("/api/persons/" + UUID.randomUUID() + "/corrections",
                "{\"changes\": {\"givenName\": \"ດາວ\"}, \"reason\": \"x\"}");

        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(unknownField.json().get("errors").get(0).get("field").asString()).isEqualTo("changes.eyeColour");
        assertThat(clearRequired.status()).isEqualTo(422);
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(unknownPerson.status()).isEqualTo(404);
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void deathIsShownAndCannotBeRegisteredTwiceOrBeforeBirth() {
        String id = sekong.person("ແສງ", "ຈັນ", "1950-01-01", "LA-XE", "1501");
        long before = eventCount();
        Api.Response beforeBirth = sekong.registerDeath(id, "1949-12-31", "LA-XE", "1501");
        assertThat(beforeBirth.status()).isEqualTo(422);
        assertThat(beforeBirth.json().get("field").asString()).isEqualTo("dateOfDeath");
        assertThat(eventCount()).isEqualTo(before);

        assertThat(sekong.registerDeath(id, "2026-01-15", "LA-XE", "1501").status()).isEqualTo(200);
        Api.Response twice = sekong.registerDeath(id, "2026-01-16", "LA-XE", "1501");

        assertThat(twice.status()).isEqualTo(409);
        assertThat(sekong.api().get("/api/persons/" + id).json().get("dateOfDeath").asString()).isEqualTo("2026-01-15");
    }

    @Test
    void placesAreCheckedAgainstTheGeographyOfLaos() {
        long before = eventCount();

        Api.Response unknownDistrict = sekong.registerBirth("ກ", "ຂ", null, "2020-01-01", "LA-XE", "1599", null, null);
        Api.Response wrongProvince = sekong.registerBirth("ກ", "ຂ", null, "2020-01-01", "LA-XE", "0101", null, null);

        assertThat(unknownDistrict.status()).isEqualTo(422);
        assertThat(unknownDistrict.json().get("field").asString()).isEqualTo("placeOfBirth.district");
        assertThat(wrongProvince.status()).isEqualTo(422);
        assertThat(wrongProvince.json().get("rule").asString()).isEqualTo("DistrictOutsideProvince");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void referenceGeographyIsServed() {
        JsonNode provinces = sekong.api().get("/api/reference/provinces").json();
        JsonNode sekongDistricts = sekong.api().get("/api/reference/districts?province=LA-XE").json();
        JsonNode capital = sekong.api().get("/api/reference/districts?province=LA-VT").json();

        assertThat(provinces).hasSize(18);
        assertThat(provinces.get(0).get("code").asString()).isEqualTo("LA-VT");
        assertThat(provinces.get(0).get("number").asString()).isEqualTo("01");
        assertThat(sekongDistricts.findValuesAsString("code")).containsExactly("1501", "1502", "1503", "1504");
        assertThat(capital.findValuesAsString("code")).containsExactly("0101", "0102", "0103", "0104", "0105", "0106",
                "0107", "0108", "0109");
        assertThat(capital.get(0).get("nameLo").asString()).isEqualTo("ຈັນທະບູລີ");
    }

    private Map<String, String> members(String book) {
        Map<String, String> members = new java.util.HashMap<>();
        for (JsonNode member : sekong.api().get("/api/family-books/" + book).json().get("members")) {
            members.put(member.get("personId").asString(), member.get("relationship").asString());
        }
        return members;
    }

    /** Persons born on the marker day whose names match {@code q}. */
    private List<String> search(String q, String marker) {
        Api.Response found = sekong.api().get("/api/persons?limit=50&bornFrom=" + marker + "&bornTo=" + marker
                + "&q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        return found.json().get("results").findValuesAsString("id");
    }

    private JsonNode flagsOf(String person) {
        return sekong.api().get("/api/persons/" + person + "/flags").json();
    }

    private String eventId(String type, String aggregate) {
        return jdbc.queryForObject(
                "select event_identifier from domain_event_entry where aggregate_identifier = ? and payload_type like ?",
                String.class, aggregate, "%." + type);
    }
}
