package io.tabien.registry.audit.access;

import io.tabien.registry.audit.chain.OfflineVerifier;
import io.tabien.registry.support.Api;
import io.tabien.registry.support.CivilClient;
import io.tabien.registry.support.IntegrationTest;
import io.tabien.registry.support.PageSession;
import io.tabien.registry.support.UniqueNames;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Who read what: every read and search of a protected record, over the API and on the web pages, leaves an entry
 * auditors can list by record and by user; a grievance's case file is read only with a purpose; the log is chained,
 * signed and append-only.
 */
class AccessLogHttpTest extends IntegrationTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Vientiane"));

    private String registrarName;
    private CivilClient registrar;
    private String auditorName;
    private Api auditor;

    @BeforeEach
    void readers() {
        registrarName = newUser("REGISTRAR", "LA-XE");
        registrar = new CivilClient(api.as(registrarName, PASSWORD));
        auditorName = newUser("AUDITOR", null);
        auditor = api.as(auditorName, PASSWORD);
    }

    @Test
    void anAuditorSeesWhoReadAPersonAndWhatTheRegistrarReadWithTheSearchAndItsIds() {
        String family = UniqueNames.lao();
        String person = registrar.person("ນາງ", family, "1990-01-01", "LA-XE", "1501");
        Instant before = Instant.now();

        assertThat(registrar.api().get("/api/persons/" + person).status()).isEqualTo(200);
        Api.Response search = registrar.api().get("/api/persons?q=" + URLEncoder.encode(family, StandardCharsets.UTF_8));
        assertThat(search.json().get("results").findValuesAsString("id")).containsExactly(person);

        List<JsonNode> whoRead = entries(auditor.get("/api/audit/access?record=" + person));
        assertThat(whoRead).hasSize(2);
        assertThat(whoRead).allSatisfy(entry -> {
            assertThat(entry.get("actor").asString()).isEqualTo(registrarName);
            assertThat(entry.get("office").asString()).isEqualTo("LA-XE");
            assertThat(entry.get("roles").get(0).asString()).isEqualTo("REGISTRAR");
            assertThat(Instant.parse(entry.get("readAt").asString())).isAfterOrEqualTo(before.minusSeconds(1));
            assertThat(entry.get("kind").asString()).isEqualTo("PERSON");
            assertThat(entry.get("channel").asString()).isEqualTo("API");
        });
        assertThat(whoRead.get(0).get("query").asString()).as("newest first: the search").isEqualTo("q=" + family);
        assertThat(whoRead.get(1).get("resource").asString()).isEqualTo("GET /api/persons/" + person);
        assertThat(whoRead.get(1).get("recordIds").get(0).asString()).isEqualTo(person);

        List<JsonNode> whatTheyRead = entries(auditor.get("/api/audit/access?user=" + registrarName));
        assertThat(whatTheyRead).hasSize(2);
        assertThat(whatTheyRead.get(0).get("query").asString()).isEqualTo("q=" + family);
        assertThat(texts(whatTheyRead.get(0).get("recordIds"))).containsExactly(person);
        assertThat(whatTheyRead.get(1).get("query").isNull()).isTrue();

        Api.Response firstPage = auditor.get("/api/audit/access?user=" + registrarName + "&limit=1");
        long next = firstPage.json().get("next").asLong();
        Api.Response secondPage = auditor.get("/api/audit/access?user=" + registrarName + "&limit=1&before=" + next);
        assertThat(entries(secondPage).get(0).get("entryId").asLong()).isEqualTo(whatTheyRead.get(1).get("entryId").asLong());
        assertThat(secondPage.json().get("next").isNull()).isTrue();
    }

    @Test
    void theAuditorsOwnListingsAreLogged() {
        String person = registrar.person("ນາງ", "ສີ", "1991-02-02", "LA-XE", "1501");
        auditor.get("/api/audit/access?record=" + person);
        auditor.get("/api/audit/access?user=" + registrarName);

        List<JsonNode> own = entries(auditor.get("/api/audit/access?user=" + auditorName));
        assertThat(own).extracting(entry -> entry.get("kind").asString()).containsOnly("ACCESS_LOG");
        assertThat(own).extracting(entry -> entry.get("recordIds").get(0).asString())
                .containsExactly(registrarName, person);
        assertThat(own.get(0).get("roles").get(0).asString()).isEqualTo("AUDITOR");
    }

    @Test
    void aCaseFileReadWithoutAPurposeIsRefusedAndRecordsNothingAndWithOneIsLoggedWithIt() {
        String attacheName = newUser("LABOUR_ATTACHE", "TH");
        Api attache = api.as(attacheName, PASSWORD);
        Api.Response registered = attache.post("/api/grievances", """
                {"workerName": "Boua", "employerName": "Factory", "country": "TH", "channel": "HOTLINE",
                 "categories": ["WAGE_THEFT"], "narrative": "Three months of wages unpaid.", "reportedOn": "%s"}"""
                .formatted(TODAY));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String grievance = registered.json().get("id").asString();

        Api.Response refused = attache.get("/api/grievances/" + grievance + "/narrative");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("purpose");
        assertThat(entries(auditor.get("/api/audit/access?user=" + attacheName))).isEmpty();
        assertThat(attache.get("/api/grievances/" + grievance).json().get("caseFile").isNull())
                .as("without a purpose, no case file comes with the grievance").isTrue();

        Api.Response read = attache.get("/api/grievances/" + grievance + "/narrative?purpose="
                + URLEncoder.encode("Preparing the referral to the police", StandardCharsets.UTF_8));
        assertThat(read.status()).isEqualTo(200);
        assertThat(attache.get("/api/grievances/" + grievance + "/narrative", "Purpose", "Answering the hotline")
                .json().get("narrative").asString()).contains("wages unpaid");

        List<JsonNode> logged = entries(auditor.get("/api/audit/access?user=" + attacheName));
        assertThat(logged).extracting(entry -> entry.get("kind").asString())
                .containsExactly("GRIEVANCE_CASE_FILE", "GRIEVANCE_CASE_FILE", "GRIEVANCE");
        assertThat(logged).extracting(entry -> entry.get("purpose").isNull() ? null : entry.get("purpose").asString())
                .containsExactly("Answering the hotline", "Preparing the referral to the police", null);
        assertThat(texts(logged.get(1).get("recordIds"))).containsExactly(grievance);
        assertThat(logged.get(1).get("office").asString()).isEqualTo("TH");
    }

    @Test
    void aPersonPageReadOnTheWebIsLogged() {
        String person = registrar.person("ນາງ", "ແກ້ວ", "1992-03-03", "LA-XE", "1501");
        PageSession session = PageSession.logIn(api.baseUrl(), registrarName, PASSWORD);

        assertThat(session.get("/persons/" + person).status()).isEqualTo(200);

        JsonNode entry = entries(auditor.get("/api/audit/access?record=" + person)).get(0);
        assertThat(entry.get("actor").asString()).isEqualTo(registrarName);
        assertThat(entry.get("channel").asString()).isEqualTo("WEB");
        assertThat(entry.get("resource").asString()).isEqualTo("GET /persons/" + person);
    }

    @Test
    void theCasePageShowsTheCaseFileOnlyAfterTheReaderSaysWhyAndLogsEachShowingWithItsKind() {
        String attacheName = newUser("LABOUR_ATTACHE", "TH");
        String grievance = grievance(api.as(attacheName, PASSWORD), "TH", "Kham Phet", "Four months of wages unpaid.");
        PageSession session = PageSession.logIn(api.baseUrl(), attacheName, PASSWORD);

        PageSession.Page unsaid = session.get("/grievances/" + grievance);
        assertThat(unsaid.status()).isEqualTo(200);
        assertThat(unsaid.body()).contains("id=\"purpose-form\"", "Wage theft")
                .doesNotContain("Kham Phet", "wages unpaid", "id=\"narrative\"", "id=\"screening-form\"");

        PageSession.Page blank = session.post("/grievances/" + grievance, "/grievances/" + grievance + "/purpose",
                Map.of("purpose", " "));
        assertThat(blank.status()).isEqualTo(422);
        assertThat(blank.body()).contains("id=\"purpose-error\"").doesNotContain("wages unpaid");
        PageSession.Page tooLong = session.post("/grievances/" + grievance, "/grievances/" + grievance + "/purpose",
                Map.of("purpose", "x".repeat(201)));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body()).doesNotContain("wages unpaid");

        PageSession.Page given = session.post("/grievances/" + grievance, "/grievances/" + grievance + "/purpose",
                Map.of("purpose", "Preparing the referral to the shelter"));
        assertThat(given.status()).isEqualTo(302);
        PageSession.Page opened = session.get("/grievances/" + grievance);
        assertThat(opened.body()).contains("Kham Phet", "Four months of wages unpaid.", "id=\"screening-form\"",
                "Preparing the referral to the shelter").doesNotContain("id=\"purpose-form\"");

        List<JsonNode> logged = entries(auditor.get("/api/audit/access?record=" + grievance)).stream()
                .filter(entry -> entry.get("channel").asString().equals("WEB")).toList();
        assertThat(logged).as("the page without its file: opened, before each form sent, after each refusal")
                .hasSize(7);
        assertThat(logged.get(0).get("kind").asString()).isEqualTo("GRIEVANCE_CASE_FILE");
        assertThat(logged.get(0).get("purpose").asString()).isEqualTo("Preparing the referral to the shelter");
        assertThat(logged.get(0).get("actor").asString()).isEqualTo(attacheName);
        assertThat(logged.get(0).get("resource").asString()).isEqualTo("GET /grievances/" + grievance);
        assertThat(texts(logged.get(0).get("recordIds"))).containsExactly(grievance);
        assertThat(logged.subList(1, logged.size())).allSatisfy(entry -> {
            assertThat(entry.get("kind").asString()).isEqualTo("GRIEVANCE");
            assertThat(entry.get("purpose").isNull()).isTrue();
        });

        PageSession other = PageSession.logIn(api.baseUrl(), newUser("LABOUR_ATTACHE", "TH"), PASSWORD);
        assertThat(other.get("/grievances/" + grievance).body()).as("a purpose holds for the session that gave it")
                .contains("id=\"purpose-form\"").doesNotContain("wages unpaid");
    }

    @Test
    void theCasesListShowsWhatEachCaseIsAboutWithoutItsCaseFileAndIsLogged() {
        String attacheName = newUser("LABOUR_ATTACHE", "KH");
        String grievance = grievance(api.as(attacheName, PASSWORD), "KH", "Noy Sida", "Passport kept by the employer.");
        PageSession session = PageSession.logIn(api.baseUrl(), attacheName, PASSWORD);

        PageSession.Page list = session.get("/grievances");

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("/grievances/" + grievance, "Wage theft")
                .doesNotContain("Noy Sida", "Passport kept");
        JsonNode entry = entries(auditor.get("/api/audit/access?user=" + attacheName)).get(0);
        assertThat(entry.get("kind").asString()).isEqualTo("GRIEVANCE");
        assertThat(entry.get("resource").asString()).isEqualTo("GET /grievances");
        assertThat(texts(entry.get("recordIds"))).contains(grievance);
    }

    @Test
    void anAuditorsReadOfARecordAsItStoodAndOfItsEventsIsLoggedAsARead() {
        String person = registrar.person("ນາງ", "ມະນີ", "1995-06-06", "LA-XE", "1501");
        String grievance = grievance(api.as(newUser("LABOUR_ATTACHE", "TH"), PASSWORD), "TH", "Boua", "Unpaid.");

        assertThat(auditor.get("/api/audit/aggregates/" + person + "/state").status()).isEqualTo(200);
        assertThat(auditor.get("/api/audit/aggregates/" + person + "/events").status()).isEqualTo(200);
        assertThat(auditor.get("/api/audit/aggregates/" + grievance + "/state", "Purpose", "Annual review")
                .status()).isEqualTo(200);

        List<JsonNode> personReads = entries(auditor.get("/api/audit/access?record=" + person));
        assertThat(personReads).extracting(entry -> entry.get("resource").asString()).containsExactly(
                "GET /api/audit/aggregates/" + person + "/events", "GET /api/audit/aggregates/" + person + "/state");
        assertThat(personReads).allSatisfy(entry -> {
            assertThat(entry.get("kind").asString()).isEqualTo("PERSON");
            assertThat(entry.get("actor").asString()).isEqualTo(auditorName);
        });
        JsonNode caseFileRead = entries(auditor.get("/api/audit/access?record=" + grievance)).get(0);
        assertThat(caseFileRead.get("kind").asString()).isEqualTo("GRIEVANCE_CASE_FILE");
        assertThat(caseFileRead.get("purpose").asString()).isEqualTo("Annual review");
    }

    @Test
    void tamperingWithAStoredEntryBreaksTheAccessLogsVerificationInTheRegistryAndOffline() throws SQLException {
        String person = registrar.person("ນາງ", "ດາວ", "1993-04-04", "LA-XE", "1501");
        registrar.api().get("/api/persons/" + person);
        long entry = entries(auditor.get("/api/audit/access?record=" + person)).get(0).get("entryId").asLong();
        JsonNode intact = auditor.get("/api/audit/access/verification").json();
        assertThat(intact.get("intact").asBoolean()).as(intact.toString()).isTrue();
        assertThat(intact.get("entriesVerified").asLong()).isPositive();
        String publicKey = "--public-key=" + auditor.get("/api/audit/checkpoints").json().get("publicKey").asString();
        assertThat(OfflineVerifier.run(jdbc, publicKey).printed()).contains("The access log is intact.");

        String actor = jdbc.queryForObject("select actor from access_log where entry_id = ?", String.class, entry);
        asOwner(db -> db.update("update access_log set actor = 'someone-else' where entry_id = ?", entry));
        try {
            JsonNode broken = auditor.get("/api/audit/access/verification").json();
            assertThat(broken.get("intact").asBoolean()).isFalse();
            assertThat(broken.get("mismatches").get(0).get("entryId").asLong()).isEqualTo(entry);
            OfflineVerifier.Outcome offline = OfflineVerifier.run(jdbc, publicKey);
            assertThat(offline.exitStatus()).as(offline.printed()).isEqualTo(1);
            assertThat(offline.printed()).contains("MISMATCH in the access log at entry " + entry);
        } finally {
            asOwner(db -> db.update("update access_log set actor = ? where entry_id = ?", actor, entry));
        }
        assertThat(auditor.get("/api/audit/access/verification").json().get("intact").asBoolean()).isTrue();
    }

    @Test
    void theRegistrysRoleCannotChangeOrRemoveTheLog() {
        String person = registrar.person("ນາງ", "ຈັນ", "1994-05-05", "LA-XE", "1501");
        registrar.api().get("/api/persons/" + person);
        auditor.get("/api/audit/access/verification");
        for (String change : List.of("update access_log set actor = 'x'", "delete from access_log",
                "truncate access_log", "update access_log_chain set hash = hash", "delete from access_log_chain",
                "delete from access_log_checkpoint")) {
            assertThatThrownBy(() -> jdbc.execute(change)).as(change).isInstanceOf(DataAccessException.class)
                    .rootCause().hasMessageContaining("permission denied");
        }
        for (String table : List.of("access_log", "access_log_chain", "access_log_checkpoint")) {
            assertThat(jdbc.queryForObject("select has_table_privilege(current_user, ?, 'INSERT')", Boolean.class,
                    table)).as("appending to %s", table).isTrue();
        }
    }

    /** As the tables' owner, who can switch the append-only triggers off for the change, as an attacker would. */
    private void asOwner(Consumer<JdbcTemplate> change) {
        JdbcTemplate owner = owner();
        new TransactionTemplate(new DataSourceTransactionManager(owner.getDataSource())).executeWithoutResult(tx -> {
            owner.execute("alter table access_log disable trigger user");
            change.accept(owner);
            owner.execute("alter table access_log enable trigger user");
        });
    }

    private static String grievance(Api attache, String country, String workerName, String narrative) {
        Api.Response registered = attache.post("/api/grievances", """
                {"workerName": "%s", "employerName": "Factory", "country": "%s", "channel": "HOTLINE",
                 "categories": ["WAGE_THEFT"], "narrative": "%s", "reportedOn": "%s"}"""
                .formatted(workerName, country, narrative, TODAY));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        return registered.json().get("id").asString();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asString()));
        return texts;
    }

    private static List<JsonNode> entries(Api.Response listing) {
        assertThat(listing.status()).as(listing.body()).isEqualTo(200);
        List<JsonNode> entries = new ArrayList<>();
        listing.json().get("entries").forEach(entries::add);
        return entries;
    }
}
