package io.tabien.registry.certificates.api;

import io.tabien.registry.certificates.VerifyCertificateCommand;
import io.tabien.registry.certificates.code.CertificateClaims;
import io.tabien.registry.certificates.code.CertificateCode;
import io.tabien.registry.certificates.code.TestKeys;
import io.tabien.registry.support.Api;
import io.tabien.registry.support.CivilClient;
import io.tabien.registry.support.IntegrationTest;
import io.tabien.contracts.civil.CertificateKind;
import io.tabien.contracts.civil.Place;
import io.tabien.contracts.civil.Sex;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class CertificateHttpTest extends IntegrationTest {

    static final String COLLECTOR = """
            {"collector": {"name": "ນາງ ບົວ ສີສຸວັນ", "relationship": "mother", "identityDocument": "ID 0123456"}}""";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Vientiane"));

    private CivilClient registrar;

    @BeforeEach
    void registrar() {
        registrar = new CivilClient(user("REGISTRAR", "LA-XE"));
    }

    @Test
    void birthCertificateCarriesTheLaoAndEnglishNamesAndAQrCodeThatVerifies() {
        String person = birth("ດາວນີ້", "ສີສຸວັນ", "Daoni", "Sisouvanh");
        long before = eventCount();

        Api.Document issued = registrar.api().postForDocument("/api/persons/" + person + "/birth-certificates",
                COLLECTOR);

        assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
        assertThat(issued.contentType()).isEqualTo("application/pdf");
        assertThat(eventCount()).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("""
                        select payload_type from domain_event_entry where aggregate_identifier = ?
                        order by sequence_number desc limit 1""", String.class, person))
                .endsWith("CertificateIssued");
        CertificatePdf pdf = new CertificatePdf(issued.bytes());
        assertThat(pdf.pages()).isEqualTo(1);
        assertThat(pdf.text()).contains("ດາວນີ້", "ສີສຸວັນ", "Daoni", "Sisouvanh", "ໃບຢັ້ງຢືນການເກີດ",
                "Birth certificate");

        String code = pdf.qrCode(0);
        JsonNode check = api.anonymous().get("/api/certificates/verify?code=" + url(code)).json();
        assertThat(check.get("valid").asBoolean()).as(check.toString()).isTrue();
        JsonNode certificate = check.get("certificate");
        assertThat(certificate.get("kind").asString()).isEqualTo("BIRTH_CERTIFICATE");
        assertThat(certificate.get("recordId").asString()).isEqualTo(person);
        assertThat(certificate.get("copyNumber").asInt()).isEqualTo(1);
        assertThat(certificate.get("issuingOffice").asString()).isEqualTo("LA-XE");
        assertThat(certificate.get("person").get("givenName").asString()).isEqualTo("ດາວນີ້");
        assertThat(certificate.get("person").get("familyNameLatin").asString()).isEqualTo("Sisouvanh");
        assertThat(certificate.get("recordVersion").asLong()).isEqualTo(jdbc.queryForObject(
                "select max(global_index) from domain_event_entry where aggregate_identifier = ? and payload_type like '%BirthRegistered'",
                Long.class, person));
        assertThat(check.get("status").get("correctedSinceIssue").asBoolean()).isFalse();
        assertThat(check.get("status").get("diedSinceIssue").asBoolean()).isFalse();
    }

    @Test
    void reprintIsANewCopyAndThePersonPageListsEveryCopy() {
        String person = birth("ແສງ", "ວົງສາ", "Saeng", "Vongsa");

        issue(person);
        Api.Document reprint = registrar.api().postForDocument("/api/persons/" + person + "/birth-certificates",
                COLLECTOR);

        assertThat(reprint.header("Content-Disposition")).contains("copy-2");
        JsonNode check = api.anonymous().get("/api/certificates/verify?code="
                + url(new CertificatePdf(reprint.bytes()).qrCode(0))).json();
        assertThat(check.get("certificate").get("copyNumber").asInt()).isEqualTo(2);
        JsonNode certificates = registrar.api().get("/api/persons/" + person,
                "Tabien-Position", reprint.header("Tabien-Position")).json().get("certificates");
        assertThat(certificates).hasSize(2);
        assertThat(certificates.get(1).get("copyNumber").asInt()).isEqualTo(2);
        assertThat(certificates.get(1).get("kind").asString()).isEqualTo("BIRTH_CERTIFICATE");
        assertThat(certificates.get(1).get("collector").get("relationship").asString()).isEqualTo("mother");
        assertThat(certificates.get(1).get("issuedBy").asString()).startsWith("registrar-");
    }

    @Test
    void aCertificateOfARecordCorrectedSinceIssueSaysSo() {
        String person = birth("ບົວ", "ພົມມະວົງ", "Bua", "Phommavong");
        String code = new CertificatePdf(issue(person).bytes()).qrCode(0);

        Api.Response corrected = registrar.api().post("/api/persons/" + person + "/corrections",
                "{\"changes\": {\"givenNameLatin\": \"Boua\"}, \"reason\": \"spelling\"}");
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);

        JsonNode check = api.anonymous().get("/api/certificates/verify?code=" + url(code)).json();
        assertThat(check.get("valid").asBoolean()).isTrue();
        assertThat(check.get("certificate").get("person").get("givenNameLatin").asString())
                .as("the certificate still says what it said").isEqualTo("Bua");
        assertThat(check.get("status").get("correctedSinceIssue").asBoolean()).isTrue();
        assertThat(check.get("status").get("diedSinceIssue").asBoolean()).isFalse();

        registrar.registerDeath(person, TODAY.toString(), "LA-XE", "1501");
        assertThat(api.anonymous().get("/api/certificates/verify?code=" + url(code)).json()
                .get("status").get("diedSinceIssue").asBoolean()).isTrue();
    }

    @Test
    void aRevokedCopySaysSoWhileTheOtherCopiesStayInForce() {
        String person = birth("ພອນ", "ສີສຸວັນ", "Phone", "Sisouvanh");
        String first = new CertificatePdf(issue(person).bytes()).qrCode(0);
        String second = new CertificatePdf(issue(person).bytes()).qrCode(0);
        long before = eventCount();

        Api.Response revoked = registrar.api().post("/api/persons/" + person + "/birth-certificates/1/revocation",
                "{\"reason\": \"lost on the way home\"}");
        Api.Response again = registrar.api().post("/api/persons/" + person + "/birth-certificates/1/revocation",
                "{\"reason\": \"lost\"}");
        Api.Response neverIssued = registrar.api().post("/api/persons/" + person + "/birth-certificates/9/revocation",
                "{\"reason\": \"lost\"}");

        assertThat(revoked.status()).as(revoked.toString()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(409);
        assertThat(neverIssued.status()).isEqualTo(404);
        assertThat(eventCount()).isEqualTo(before + 1);
        JsonNode firstCheck = api.anonymous().get("/api/certificates/verify?code=" + url(first)).json();
        assertThat(firstCheck.get("valid").asBoolean()).isTrue();
        assertThat(firstCheck.get("status").get("revoked").asBoolean()).isTrue();
        assertThat(firstCheck.get("status").get("changedSinceIssue").asBoolean())
                .as("a revocation is no change of the record").isFalse();
        assertThat(api.anonymous().get("/api/certificates/verify?code=" + url(second)).json()
                .get("status").get("revoked").asBoolean()).isFalse();
        JsonNode listed = registrar.api().get("/api/persons/" + person, "Tabien-Position",
                revoked.header("Tabien-Position")).json().get("certificates");
        assertThat(listed.get(0).get("revocationReason").asString()).isEqualTo("lost on the way home");
        assertThat(listed.get(1).get("revocationReason").isNull()).isTrue();
    }

    @Test
    void aCertificateMovesTheRecordsVersionSoTheNextChangeIsBasedOnIt() {
        String person = birth("ສົມ", "ວົງສາ", "Som", "Vongsa");
        Api.Document issued = issue(person);
        String head = birth("ບຸນ", "ວົງສາ", "Boun", "Vongsa");
        String book = registrar.familyBook("LA-XE", "1501", head);
        Api.Document extract = registrar.api().postForDocument("/api/family-books/" + book + "/extracts", COLLECTOR);
        assertThat(extract.status()).isEqualTo(200);

        String personTag = registrar.api().get("/api/persons/" + person, "Tabien-Position",
                issued.header("Tabien-Position")).header("ETag");
        String bookTag = registrar.api().get("/api/family-books/" + book, "Tabien-Position",
                extract.header("Tabien-Position")).header("ETag");

        assertThat(personTag).isEqualTo("\"1\"");
        assertThat(bookTag).isEqualTo("\"1\"");
        assertThat(registrar.api().post("/api/persons/" + person + "/corrections",
                "{\"changes\": {\"givenNameLatin\": \"Sombath\"}, \"reason\": \"spelling\"}", "If-Match", personTag)
                .status()).isEqualTo(200);
        assertThat(registrar.api().post("/api/family-books/" + book + "/replacement",
                "{\"newBookNumber\": \"" + CivilClient.uniqueNumber() + "\", \"reason\": \"LOST\"}", "If-Match", bookTag)
                .status()).isEqualTo(200);
    }

    @Test
    void aRegistrarOfAnotherProvinceIssuesNothing() {
        String person = birth("ນາງ", "ແກ້ວ", null, null);
        Api other = user("REGISTRAR", "LA-VT");
        long before = eventCount();

        Api.Document refused = other.postForDocument("/api/persons/" + person + "/birth-certificates", COLLECTOR);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void aCertificateHandedToNobodyIsRefusedAndRecordsNothing() {
        String person = birth("ຄຳ", "ແກ້ວ", null, null);
        long before = eventCount();

        Api.Document withoutCollector = registrar.api().postForDocument(
                "/api/persons/" + person + "/birth-certificates", "{}");
        Api.Document withoutDocument = registrar.api().postForDocument(
                "/api/persons/" + person + "/birth-certificates",
                "{\"collector\": {\"name\": \"ບົວ\", \"relationship\": \"mother\"}}");

        assertThat(withoutCollector.status()).isBetween(400, 422);
        assertThat(withoutCollector.contentType()).isEqualTo("application/problem+json");
        assertThat(withoutDocument.text()).contains("collector.identityDocument");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void familyBookExtractListsTheMembersOnTheDayOfIssue() {
        String head = birth("ແສງ", "ສີສຸວັນ", "Saeng", "Sisouvanh");
        String book = registrar.familyBook("LA-XE", "1501", head);
        String child = birth("ດາວ", "ສີສຸວັນ", "Dao", "Sisouvanh");
        assertThat(registrar.addMember(book, child, "CHILD", "BIRTH", TODAY.toString()).status()).isEqualTo(200);

        Api.Document extract = registrar.api().postForDocument("/api/family-books/" + book + "/extracts", COLLECTOR);

        assertThat(extract.status()).as(extract.toString()).isEqualTo(200);
        CertificatePdf pdf = new CertificatePdf(extract.bytes());
        assertThat(pdf.text()).contains("ແສງ ສີສຸວັນ", "ດາວ ສີສຸວັນ", "Saeng Sisouvanh", "Dao Sisouvanh",
                "Family book extract");
        JsonNode check = api.anonymous().get("/api/certificates/verify?code=" + url(pdf.qrCode(0))).json();
        assertThat(check.get("valid").asBoolean()).isTrue();
        JsonNode members = check.get("certificate").get("book").get("members");
        assertThat(members).hasSize(2);
        assertThat(members.get(0).get("relationship").asString()).isEqualTo("HEAD");
        assertThat(members.get(1).get("givenName").asString()).isEqualTo("ດາວ");
        await().untilAsserted(() -> assertThat(registrar.api().get("/api/persons/" + child).json()
                .get("certificates").findValuesAsString("kind")).contains("FAMILY_BOOK_EXTRACT"));
    }

    @Test
    void anExtractWhoseCodeWouldNotFitAQrCodeIsRefusedAndRecordsNothing() {
        String laoName = "ສີສຸວັນ".repeat(28);
        String latinName = "Sisouvanh".repeat(22);
        String head = birth("ແສງ" + laoName, laoName, "Saeng" + latinName.substring(5), latinName);
        String book = registrar.familyBook("LA-XE", "1501", head);
        for (int i = 0; i < 3; i++) {
            String child = birth("ດາວ" + i + laoName, laoName, "Dao" + i + latinName.substring(4), latinName);
            assertThat(registrar.addMember(book, child, "CHILD", "BIRTH", TODAY.toString()).status()).isEqualTo(200);
        }
        long before = eventCount();

        Api.Document refused = registrar.api().postForDocument("/api/family-books/" + book + "/extracts", COLLECTOR);
        Api.Document refusedInBulk = registrar.api().postForDocument("/api/certificates/bulk",
                "{\"kind\": \"FAMILY_BOOK_EXTRACT\", \"recordIds\": [\"" + book + "\"], \"collector\": "
                        + COLLECTOR.substring(COLLECTOR.indexOf(':') + 1));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(refused.text()).contains("CertificateCodeTooLong");
        assertThat(refusedInBulk.status()).as(refusedInBulk.toString()).isEqualTo(422);
        assertThat(refusedInBulk.text()).contains("CertificateCodeTooLong");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void bulkIssueIsOnePdfWithAPageForEachRecordAndAllOrNothing() {
        List<String> persons = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            persons.add(birth("ເດັກ" + i, "ບ້ານໜອງ", "Child" + i, "Bannong"));
        }
        Api.Document bulk = registrar.api().postForDocument("/api/certificates/bulk", bulkBody(persons));

        assertThat(bulk.status()).as(bulk.toString()).isEqualTo(200);
        CertificatePdf pdf = new CertificatePdf(bulk.bytes());
        assertThat(pdf.pages()).isEqualTo(3);
        assertThat(pdf.text()).contains("Child0", "Child1", "Child2");
        String third = api.anonymous().get("/api/certificates/verify?code=" + url(pdf.qrCode(2))).json()
                .get("certificate").get("recordId").asString();
        assertThat(third).isEqualTo(persons.get(2));

        String elsewhere = new CivilClient(user("REGISTRAR", "LA-VT")).person("ນາງ", "ວຽງ", "2025-01-01", "LA-VT", "0101");
        long before = eventCount();
        Api.Document refused = registrar.api().postForDocument("/api/certificates/bulk",
                bulkBody(List.of(persons.get(0), elsewhere)));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(eventCount()).as("the first certificate is not recorded either").isEqualTo(before);
    }

    @Test
    void badBulkRequestsAreRefusedBeforeAnythingIsRecorded() {
        long before = eventCount();
        String person = birth("ນ້ອຍ", "ແກ້ວ", null, null);
        long afterBirth = eventCount();

        assertThat(registrar.api().postForDocument("/api/certificates/bulk", bulkBody(List.of(person, person)))
                .status()).isEqualTo(400);
        assertThat(registrar.api().postForDocument("/api/certificates/bulk",
                "{\"kind\": \"BIRTH_CERTIFICATE\", \"recordIds\": []}").status()).isEqualTo(400);
        assertThat(registrar.api().postForDocument("/api/certificates/bulk",
                "{\"kind\": \"PASSPORT\", \"recordIds\": [\"" + person + "\"]}").status()).isEqualTo(400);
        assertThat(eventCount()).isEqualTo(afterBirth).isEqualTo(before + 1);
    }

    @Test
    void theKeyListIsPublicAndHoldsAKeyOtherThanTheAuditKey() {
        JsonNode keys = api.anonymous().get("/api/certificates/keys").json();
        JsonNode auditKey = user("AUDITOR", null).get("/api/audit/checkpoints?limit=1").json();

        assertThat(keys.get("algorithm").asString()).isEqualTo("Ed25519");
        assertThat(keys.get("keys").get(0).get("keyId").asString()).hasSize(16);
        assertThat(keys.get("keys").get(0).get("validFrom").asString()).isNotBlank();
        assertThat(auditKey.toString()).doesNotContain(keys.get("keys").get(0).get("publicKey").asString());
    }

    @Test
    void aCodeSignedByAKeyOutsideTheListOrAlteredIsRefusedWithoutTheRecordsStatus() throws Exception {
        TestKeys.Pair stranger = TestKeys.fresh(TODAY.minusDays(1), null);
        CertificateClaims claims = new CertificateClaims(CertificateKind.BIRTH_CERTIFICATE, UUID.randomUUID(), 1, 1,
                TODAY, "LA-XE", new CertificateClaims.Subject("ດາວ", "ສີສຸວັນ", null, null, Sex.F, TODAY,
                new Place("LA-XE", "1501", null), null), null);

        JsonNode forged = api.anonymous().get("/api/certificates/verify?code="
                + url(CertificateCode.sign(claims, stranger.key(), stranger.privateKey()))).json();
        JsonNode garbage = api.anonymous().get("/api/certificates/verify?code=hello").json();

        assertThat(forged.get("valid").asBoolean()).isFalse();
        assertThat(forged.get("problem").asString()).contains("key list");
        assertThat(forged.get("status").isNull()).isTrue();
        assertThat(garbage.get("valid").asBoolean()).isFalse();
        assertThat(api.anonymous().get("/api/certificates/verify").status()).isEqualTo(400);
    }

    @Test
    void theOfflineCommandVerifiesACodeAgainstASavedKeyList(@TempDir Path directory) throws Exception {
        String person = birth("ມະນີ", "ແກ້ວມະນີ", "Many", "Keomany");
        String code = new CertificatePdf(issue(person).bytes()).qrCode(0);
        Path keys = Files.writeString(directory.resolve("keys.json"), api.anonymous().get("/api/certificates/keys").body());
        Path codeFile = Files.writeString(directory.resolve("code.txt"), code + "\n");
        String altered = code.substring(0, code.length() - 2) + (code.endsWith("00") ? "11" : "00");

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int genuine = VerifyCertificateCommand.run(new String[]{"verify-certificate", "--keys=" + keys,
                "--code-file=" + codeFile}, InputStream.nullInputStream(), new PrintStream(printed, true, UTF_8));
        int fromInput = VerifyCertificateCommand.run(new String[]{"verify-certificate", "--keys=" + keys},
                new ByteArrayInputStream(code.getBytes(UTF_8)), new PrintStream(new ByteArrayOutputStream(), true, UTF_8));
        int forged = VerifyCertificateCommand.run(new String[]{"verify-certificate", "--keys=" + keys,
                "--code=" + altered}, InputStream.nullInputStream(), new PrintStream(new ByteArrayOutputStream()));
        int withoutKeys = VerifyCertificateCommand.run(new String[]{"verify-certificate", "--code=" + code},
                InputStream.nullInputStream(), new PrintStream(new ByteArrayOutputStream()));

        assertThat(genuine).as(printed.toString(UTF_8)).isZero();
        assertThat(printed.toString(UTF_8)).contains("signature is valid", "ມະນີ ແກ້ວມະນີ (Many Keomany)", person);
        assertThat(fromInput).isZero();
        assertThat(forged).isEqualTo(1);
        assertThat(withoutKeys).isEqualTo(2);
    }

    private String birth(String givenName, String familyName, String givenNameLatin, String familyNameLatin) {
        Api.Response born = registrar.api().post("/api/births", """
                {"givenName": "%s", "familyName": "%s", %s %s "sex": "F", "dateOfBirth": "%s",
                 "placeOfBirth": {"province": "LA-XE", "district": "1501", "village": "ບ້ານ ໜອງ"}}""".formatted(
                givenName, familyName,
                givenNameLatin == null ? "" : "\"givenNameLatin\": \"" + givenNameLatin + "\",",
                familyNameLatin == null ? "" : "\"familyNameLatin\": \"" + familyNameLatin + "\",",
                TODAY.minusDays(20)));
        assertThat(born.status()).as(born.toString()).isEqualTo(201);
        return born.json().get("id").asString();
    }

    private Api.Document issue(String person) {
        Api.Document issued = registrar.api().postForDocument("/api/persons/" + person + "/birth-certificates",
                COLLECTOR);
        assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
        return issued;
    }

    static String bulkBody(List<String> records) {
        return """
                {"kind": "BIRTH_CERTIFICATE", "recordIds": [%s],
                 "collector": {"name": "ທ້າວ ຄຳ", "relationship": "village chief", "identityDocument": "ID 99"}}"""
                .formatted(String.join(", ", records.stream().map(id -> "\"" + id + "\"").toList()));
    }

    static String url(String code) {
        return URLEncoder.encode(code, StandardCharsets.UTF_8);
    }
}
