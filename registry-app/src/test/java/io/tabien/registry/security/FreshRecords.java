package io.tabien.registry.security;

import io.tabien.registry.support.Api;
import io.tabien.registry.support.CivilClient;
import io.tabien.registry.support.Mrz;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Records made for a test by the users whose work they are, each new when asked for: a person born in Lamarm
 * district of Sekong (LA-XE, 1501), a passport, an agency, a contract to Thailand, a Thai grievance. Remembers the
 * position of the last write, which a reader sends to see them.
 */
final class FreshRecords {

    static final String PROVINCE = "LA-XE";
    static final String DISTRICT = "1501";
    static final String COUNTRY = "TH";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Vientiane"));
    private static final LocalDate BORN = LocalDate.of(1990, 1, 1);

    private final CivilClient registrar;
    private final Api passportOfficer;
    private final Api labourOfficer;
    private final Api attache;
    private long position;

    FreshRecords(Api registrar, Api passportOfficer, Api labourOfficer, Api attache) {
        this.registrar = new CivilClient(registrar);
        this.passportOfficer = passportOfficer;
        this.labourOfficer = labourOfficer;
        this.attache = attache;
    }

    /** The position of the last write, to send as {@code Tabien-Position} with a read. */
    long position() {
        return position;
    }

    // Civil registry

    String person() {
        return id(registrar.registerBirth("ນ້ອຍ", "ແກ້ວມະນີ", "Noy", BORN.toString(), PROVINCE, DISTRICT, null, null));
    }

    /**
     * Two births of one mother, two days apart, with one name: the later is flagged CIV-POSSIBLE-DUPLICATE. Answers
     * the earlier and the later, once the flag is raised.
     */
    String[] flaggedPair() {
        String mother = "ນາງ ບົວ " + UUID.randomUUID().toString().substring(0, 8);
        String earlier = id(registrar.registerBirth("ດາວ", "ວົງສາ", "Dao", BORN.toString(), PROVINCE, DISTRICT, mother,
                null));
        String later = id(registrar.registerBirth("ດາວ", "ວົງສາ", "Dao", BORN.plusDays(2).toString(), PROVINCE, DISTRICT,
                mother, null));
        await().atMost(Duration.ofSeconds(15)).until(() -> registrar.api().get("/api/persons/" + later + "/flags")
                .body().contains("CIV-POSSIBLE-DUPLICATE"));
        return new String[]{earlier, later};
    }

    /** A person with one birth certificate issued, copy 1. */
    String personWithBirthCertificate() {
        String person = person();
        certificate(registrar.api().postForDocument("/api/persons/" + person + "/birth-certificates", COLLECTOR));
        return person;
    }

    /** A family book with one extract issued, copy 1. */
    String familyBookWithExtract() {
        String book = familyBook().id();
        certificate(registrar.api().postForDocument("/api/family-books/" + book + "/extracts", COLLECTOR));
        return book;
    }

    static final String COLLECTOR = """
            {"collector": {"name": "ບົວ", "relationship": "mother", "identityDocument": "ID 0123456"}}""";

    private void certificate(Api.Document issued) {
        assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
        position = Math.max(position, Long.parseLong(issued.header("Tabien-Position")));
    }

    String birthBody(UUID id) {
        return """
                {"id": "%s", "givenName": "ແສງ", "familyName": "ວົງສາ", "sex": "F", "dateOfBirth": "%s",
                 "placeOfBirth": {"province": "%s", "district": "%s", "village": "Ban Nong"}}"""
                .formatted(id, TODAY.minusDays(3), PROVINCE, DISTRICT);
    }

    Book familyBook() {
        String head = person();
        String number = CivilClient.uniqueNumber();
        return new Book(id(registrar.issueFamilyBook(number, PROVINCE, DISTRICT, head)), number, head, null);
    }

    Book familyBookWithMember() {
        Book book = familyBook();
        String member = person();
        written(registrar.addMember(book.id(), member, "SPOUSE", "MARRIAGE", "2015-01-01"));
        return new Book(book.id(), book.number(), book.head(), member);
    }

    String familyBookBody(UUID id, String head) {
        return """
                {"id": "%s", "bookNumber": "%s", "province": "%s", "district": "%s", "headPersonId": "%s"}"""
                .formatted(id, CivilClient.uniqueNumber(), PROVINCE, DISTRICT, head);
    }

    // Passports

    String passport() {
        return id(passportOfficer.post("/api/passports", passportBody(UUID.randomUUID(), person())));
    }

    /** A passport an employer in Thailand holds. */
    String passportHeldAbroad() {
        String passport = passport();
        written(passportOfficer.post("/api/passports/" + passport + "/custody", custodyBody(TODAY.minusDays(1))));
        return passport;
    }

    String passportBody(UUID id, String holder) {
        String number = "P" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        LocalDate issued = TODAY.minusMonths(1);
        LocalDate expires = issued.plusYears(10);
        String[] mrz = Mrz.lao(number, BORN, 'F', expires, "KEOMANY", "NOY");
        return """
                {"id": "%s", "holderPersonId": "%s", "passportNumber": "%s", "issuedOn": "%s", "expiresOn": "%s",
                 "mrz": ["%s", "%s"]}""".formatted(id, holder, number, issued, expires, mrz[0], mrz[1]);
    }

    static String custodyBody(LocalDate since) {
        return """
                {"custodian": "EMPLOYER", "custodianName": "Sombat Farm Co.", "country": "%s", "since": "%s",
                 "holderConsent": true}""".formatted(COUNTRY, since);
    }

    // Agencies, contracts, returns

    String agency() {
        return id(labourOfficer.post("/api/agencies", agencyBody(UUID.randomUUID())));
    }

    String suspendedAgency() {
        String agency = agency();
        written(labourOfficer.post("/api/agencies/" + agency + "/suspension",
                "{\"from\": \"" + TODAY.minusDays(10) + "\", \"reason\": \"inspection\"}"));
        return agency;
    }

    static String agencyBody(UUID id) {
        return """
                {"id": "%s", "name": "Golden Bridge Recruitment", "licenceNumber": "LIC-%s",
                 "address": "Ban Phonxay, Vientiane", "licensedFrom": "2020-01-01", "licensedUntil": "2030-12-31",
                 "destinations": ["TH"], "sectors": ["AGRICULTURE"]}""".formatted(id, UUID.randomUUID());
    }

    String contract() {
        return id(labourOfficer.post("/api/contracts", contractBody(UUID.randomUUID(), person())));
    }

    String departedContract() {
        String contract = contract();
        written(labourOfficer.post("/api/contracts/" + contract + "/departure",
                "{\"departedOn\": \"" + TODAY.minusDays(10) + "\", \"checkpoint\": \"Friendship Bridge I\"}"));
        return contract;
    }

    String contractWithSavings() {
        String contract = contract();
        written(labourOfficer.post("/api/contracts/" + contract + "/savings",
                "{\"amount\": {\"amount\": 100, \"currency\": \"THB\"}, \"depositedOn\": \"" + TODAY + "\"}"));
        return contract;
    }

    static String contractBody(UUID id, String worker) {
        return """
                {"id": "%s", "workerPersonId": "%s", "channel": "MOU", "employerName": "Sombat Farm Co.",
                 "destinationCountry": "%s", "sector": "AGRICULTURE", "jobTitle": "picker",
                 "monthlyWage": {"amount": 10000, "currency": "THB"}, "durationMonths": 24, "contractLanguage": "lo",
                 "signedOn": "%s"}""".formatted(id, worker, COUNTRY, TODAY.minusDays(30));
    }

    String returnRecord() {
        return id(labourOfficer.post("/api/returns", returnBody(person())));
    }

    static String returnBody(String person) {
        return """
                {"personId": "%s", "returnedOn": "%s", "checkpoint": "Vang Tao", "fromCountry": "%s",
                 "workedAbroad": true}""".formatted(person, TODAY.minusDays(2), COUNTRY);
    }

    // Grievances

    String grievance() {
        return id(attache.post("/api/grievances", grievanceBody(UUID.randomUUID(), person())));
    }

    String grievanceOfAnUnknownWorker() {
        return id(attache.post("/api/grievances", grievanceBody(UUID.randomUUID(), null)));
    }

    Referral referral() {
        String grievance = grievance();
        return new Referral(grievance, id(attache.post("/api/grievances/" + grievance + "/referrals",
                "{\"to\": \"NGO\", \"consent\": true, \"referredOn\": \"" + TODAY.minusDays(1) + "\"}")));
    }

    static String grievanceBody(UUID id, String worker) {
        return """
                {"id": "%s", %s "employerName": "Factory", "country": "%s", "channel": "HOTLINE",
                 "categories": ["WAGE_THEFT"], "narrative": "Wages of three months were not paid.",
                 "reportedOn": "%s"}""".formatted(id,
                worker == null ? "\"workerName\": \"Boua\"," : "\"workerPersonId\": \"" + worker + "\",", COUNTRY,
                TODAY.minusDays(5));
    }

    record Book(String id, String number, String head, String member) {
    }

    record Referral(String grievance, String id) {
    }

    private String id(Api.Response created) {
        written(created);
        return created.json().get("id").asString();
    }

    private void written(Api.Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 299);
        position = Math.max(position, Long.parseLong(response.header("Tabien-Position")));
    }
}
