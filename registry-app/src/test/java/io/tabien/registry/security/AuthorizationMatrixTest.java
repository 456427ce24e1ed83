package io.tabien.registry.security;

import io.tabien.registry.support.Api;
import io.tabien.registry.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.Supplier;

import static io.tabien.registry.security.FreshRecords.COUNTRY;
import static io.tabien.registry.security.FreshRecords.DISTRICT;
import static io.tabien.registry.security.FreshRecords.PROVINCE;
import static io.tabien.registry.security.FreshRecords.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Who may call what, and whose records they get: every operation under {@code /api} for every kind of caller, with
 * the status the caller must get, from the one table below. An operation the registry serves without a row fails
 * the test, and so does a row for an operation it no longer serves.
 * <p>
 * The records live in Lamarm district of Sekong province (LA-XE, 1501) and concern Thailand; "in" callers work there
 * (a Sekong registrar, the attaché in Thailand), "out" callers elsewhere (a Vientiane registrar, the attaché in
 * Malaysia). A record hidden from a reader is not found (404); an operation a caller may not perform is forbidden
 * (403) and records nothing; no credentials is 401. Every write is made on records of its own, new for each caller.
 */
class AuthorizationMatrixTest extends IntegrationTest {

    /** The columns of the table, in its order. */
    enum Caller {
        REGISTRAR_IN, REGISTRAR_OUT, PASSPORT_OFFICER, LABOUR_OFFICER, ATTACHE_IN, ATTACHE_OUT, AUDITOR, ADMIN,
        ANONYMOUS
    }

    private static final String COLLECTOR = FreshRecords.COLLECTOR;
    private static final String RETURNED_ON = "{\"returnedOn\": \"" + TODAY + "\"}";

    // @formatter:off
    private static final List<Row> TABLE = List.of(
        //                                                     REG  REG  PASS LAB  ATT  ATT  AUD  ADM  ANON
        //                                                     in   out  off  off  in   out
        // Civil registry
        row("POST /api/births",                               "201 403 403 403 403 403 403 403 401", g -> create(
                id -> post("/api/births", g.fresh.birthBody(id)))),
        // A batch is answered 200 to whoever may send some kind of entry; each entry gets its own status.
        row("POST /api/sync",                                 "200 200 403 403 200 200 403 403 401", g -> create(
                id -> post("/api/sync", "{\"entries\": [{\"kind\": \"birth\", \"idempotencyKey\": \""
                        + UUID.randomUUID() + "\", \"body\": " + g.fresh.birthBody(id) + "}]}"))),
        row("GET /api/persons/{id}",                          "200 404 200 200 200 200 200 403 401", g ->
                get("/api/persons/" + g.person())),
        row("GET /api/persons",                               "200 200 200 200 200 200 200 403 401", g ->
                get("/api/persons?q=Noy&limit=5")),
        row("POST /api/persons/{id}/corrections",             "200 403 403 403 403 403 403 403 401", g -> change(
                g.fresh.person(), id -> "/api/persons/" + id + "/corrections",
                "{\"changes\": {\"givenNameLatin\": \"Noi\"}, \"reason\": \"spelling\"}")),
        row("POST /api/persons/{id}/death",                   "200 403 403 403 403 403 403 403 401", g -> change(
                g.fresh.person(), id -> "/api/persons/" + id + "/death", """
                {"dateOfDeath": "%s", "placeOfDeath": {"province": "%s", "district": "%s"}}"""
                .formatted(TODAY, PROVINCE, DISTRICT))),
        row("POST /api/persons/{id}/duplicate-review",        "200 403 403 403 403 403 403 403 401", g -> {
                String[] pair = g.fresh.flaggedPair();
                return change(pair[1], id -> "/api/persons/" + id + "/duplicate-review",
                        "{\"otherPersonId\": \"" + pair[0] + "\", \"decision\": \"SAME_PERSON\", \"reason\": \"one child\"}");
        }),
        row("GET /api/persons/{id}/flags",                    "200 404 200 200 200 200 200 403 401", g ->
                get("/api/persons/" + g.person() + "/flags")),
        row("POST /api/family-books",                         "201 403 403 403 403 403 403 403 401", g -> {
                String head = g.fresh.person();
                return create(id -> post("/api/family-books", g.fresh.familyBookBody(id, head)));
        }),
        row("GET /api/family-books/{id}",                     "200 404 200 200 200 200 200 403 401", g ->
                get("/api/family-books/" + g.book().id())),
        row("GET /api/family-books",                          "200 404 200 200 200 200 200 403 401", g ->
                get("/api/family-books?number=" + g.book().number() + "&district=" + DISTRICT)),
        row("POST /api/family-books/{id}/members",            "200 403 403 403 403 403 403 403 401", g -> {
                String member = g.fresh.person();
                return change(g.fresh.familyBook().id(), id -> "/api/family-books/" + id + "/members", """
                        {"personId": "%s", "relationship": "SPOUSE", "reason": "MARRIAGE", "effectiveDate": "2015-01-01"}"""
                        .formatted(member));
        }),
        row("POST /api/family-books/{id}/members/{personId}/removal", "200 403 403 403 403 403 403 403 401", g -> {
                FreshRecords.Book book = g.fresh.familyBookWithMember();
                return change(book.id(), id -> "/api/family-books/" + id + "/members/" + book.member() + "/removal",
                        "{\"reason\": \"MOVED_OUT\", \"effectiveDate\": \"" + TODAY + "\"}");
        }),
        row("POST /api/family-books/{id}/head",               "200 403 403 403 403 403 403 403 401", g -> {
                FreshRecords.Book book = g.fresh.familyBookWithMember();
                return change(book.id(), id -> "/api/family-books/" + id + "/head",
                        "{\"personId\": \"" + book.member() + "\"}");
        }),
        row("POST /api/family-books/{id}/replacement",        "200 403 403 403 403 403 403 403 401", g -> change(
                g.fresh.familyBook().id(), id -> "/api/family-books/" + id + "/replacement",
                "{\"newBookNumber\": \"" + UUID.randomUUID().toString().substring(0, 8) + "\", \"reason\": \"LOST\"}")),
        // Certificates: registrars issue them within their jurisdiction; anyone checks them
        row("POST /api/persons/{id}/birth-certificates",      "200 403 403 403 403 403 403 403 401", g -> change(
                g.fresh.person(), id -> "/api/persons/" + id + "/birth-certificates", COLLECTOR)),
        row("POST /api/family-books/{id}/extracts",           "200 403 403 403 403 403 403 403 401", g -> change(
                g.fresh.familyBook().id(), id -> "/api/family-books/" + id + "/extracts", COLLECTOR)),
        row("POST /api/persons/{id}/birth-certificates/{copyNumber}/revocation",
                                                              "200 403 403 403 403 403 403 403 401", g -> change(
                g.fresh.personWithBirthCertificate(), id -> "/api/persons/" + id + "/birth-certificates/1/revocation",
                "{\"reason\": \"lost\"}")),
        row("POST /api/family-books/{id}/extracts/{copyNumber}/revocation",
                                                              "200 403 403 403 403 403 403 403 401", g -> change(
                g.fresh.familyBookWithExtract(), id -> "/api/family-books/" + id + "/extracts/1/revocation",
                "{\"reason\": \"lost\"}")),
        row("POST /api/certificates/bulk",                    "200 403 403 403 403 403 403 403 401", g -> {
                String person = g.fresh.person();
                return new Request("POST", "/api/certificates/bulk", """
                        {"kind": "BIRTH_CERTIFICATE", "recordIds": ["%s"], %s""".formatted(person,
                        COLLECTOR.substring(1)), person);
        }),
        row("GET /api/certificates/keys",                     "200 200 200 200 200 200 200 200 200", g ->
                get("/api/certificates/keys")),
        row("GET /api/certificates/verify",                   "200 200 200 200 200 200 200 200 200", g ->
                get("/api/certificates/verify?code=TB1:BB8")),
        // Passports
        row("POST /api/passports",                            "403 403 201 403 403 403 403 403 401", g -> {
                String holder = g.fresh.person();
                return create(id -> post("/api/passports", g.fresh.passportBody(id, holder)));
        }),
        row("GET /api/passports/{id}",                        "403 403 200 200 200 200 200 403 401", g ->
                get("/api/passports/" + g.passport())),
        row("GET /api/passports",                             "403 403 200 200 200 200 200 403 401", g ->
                get("/api/passports?holder=" + g.person())),
        row("POST /api/passports/{id}/custody",               "403 403 200 403 200 403 403 403 401", g -> change(
                g.fresh.passport(), id -> "/api/passports/" + id + "/custody", FreshRecords.custodyBody(TODAY))),
        row("POST /api/passports/{id}/return",                "403 403 200 403 200 403 403 403 401", g -> change(
                g.fresh.passportHeldAbroad(), id -> "/api/passports/" + id + "/return", RETURNED_ON)),
        row("POST /api/passports/{id}/loss",                  "403 403 200 403 403 403 403 403 401", g -> change(
                g.fresh.passport(), id -> "/api/passports/" + id + "/loss",
                "{\"reportedOn\": \"" + TODAY + "\", \"reason\": \"lost at the border\"}")),
        row("POST /api/passports/{id}/revocation",            "403 403 200 403 403 403 403 403 401", g -> change(
                g.fresh.passport(), id -> "/api/passports/" + id + "/revocation",
                "{\"revokedOn\": \"" + TODAY + "\", \"reason\": \"forged\"}")),
        // Agencies
        row("POST /api/agencies",                             "403 403 403 201 403 403 403 403 401", g -> create(
                id -> post("/api/agencies", FreshRecords.agencyBody(id)))),
        row("GET /api/agencies/{id}",                         "200 200 200 200 200 200 200 403 401", g ->
                get("/api/agencies/" + g.agency())),
        row("GET /api/agencies",                              "200 200 200 200 200 200 200 403 401", g ->
                get("/api/agencies?status=ACTIVE")),
        row("POST /api/agencies/{id}/renewal",                "403 403 403 200 403 403 403 403 401", g -> change(
                g.fresh.agency(), id -> "/api/agencies/" + id + "/renewal", "{\"licensedUntil\": \"2032-12-31\"}")),
        row("POST /api/agencies/{id}/suspension",             "403 403 403 200 403 403 403 403 401", g -> change(
                g.fresh.agency(), id -> "/api/agencies/" + id + "/suspension",
                "{\"from\": \"" + TODAY + "\", \"reason\": \"inspection\"}")),
        row("POST /api/agencies/{id}/reinstatement",          "403 403 403 200 403 403 403 403 401", g -> change(
                g.fresh.suspendedAgency(), id -> "/api/agencies/" + id + "/reinstatement",
                "{\"on\": \"" + TODAY + "\"}")),
        row("POST /api/agencies/{id}/revocation",             "403 403 403 200 403 403 403 403 401", g -> change(
                g.fresh.agency(), id -> "/api/agencies/" + id + "/revocation",
                "{\"on\": \"" + TODAY + "\", \"reason\": \"fraud\"}")),
        row("POST /api/agencies/{id}/closure",                "403 403 403 200 403 403 403 403 401", g -> change(
                g.fresh.agency(), id -> "/api/agencies/" + id + "/closure", "{\"closedOn\": \"" + TODAY + "\"}")),
        // Contracts and returns
        row("POST /api/contracts",                            "403 403 403 201 403 403 403 403 401", g -> {
                String worker = g.fresh.person();
                return create(id -> post("/api/contracts", FreshRecords.contractBody(id, worker)));
        }),
        row("GET /api/contracts/{id}",                        "200 404 403 200 200 404 200 403 401", g ->
                get("/api/contracts/" + g.contract())),
        row("GET /api/contracts",                             "200 200 403 200 200 200 200 403 401", g ->
                get("/api/contracts?worker=" + g.person())),
        row("POST /api/contracts/{id}/explanation",           "403 403 403 200 403 403 403 403 401", g -> change(
                g.fresh.contract(), id -> "/api/contracts/" + id + "/explanation", """
                {"language": "lo", "explainedBy": "Labour office", "workerAcknowledged": true, "explainedOn": "%s"}"""
                .formatted(TODAY))),
        row("POST /api/contracts/{id}/approval",              "403 403 403 200 403 403 403 403 401", g -> change(
                g.fresh.contract(), id -> "/api/contracts/" + id + "/approval", "{\"approvedOn\": \"" + TODAY + "\"}")),
        row("POST /api/contracts/{id}/rejection",             "403 403 403 200 403 403 403 403 401", g -> change(
                g.fresh.contract(), id -> "/api/contracts/" + id + "/rejection",
                "{\"rejectedOn\": \"" + TODAY + "\", \"reason\": \"wage below the minimum\"}")),
        row("POST /api/contracts/{id}/departure",             "403 403 403 200 403 403 403 403 401", g -> change(
                g.fresh.contract(), id -> "/api/contracts/" + id + "/departure",
                "{\"departedOn\": \"" + TODAY + "\", \"checkpoint\": \"Friendship Bridge I\"}")),
        row("POST /api/contracts/{id}/return",                "403 403 403 200 403 403 403 403 401", g -> change(
                g.fresh.departedContract(), id -> "/api/contracts/" + id + "/return", """
                {"returnedOn": "%s", "checkpoint": "Friendship Bridge I", "reason": "END_OF_CONTRACT"}"""
                .formatted(TODAY))),
        row("POST /api/contracts/{id}/termination",           "403 403 403 200 403 403 403 403 401", g -> change(
                g.fresh.contract(), id -> "/api/contracts/" + id + "/termination",
                "{\"terminatedOn\": \"" + TODAY + "\", \"reason\": \"employer withdrew\"}")),
        row("POST /api/contracts/{id}/fees",                  "403 403 403 200 403 403 403 403 401", g -> change(
                g.fresh.contract(), id -> "/api/contracts/" + id + "/fees", """
                {"payer": "WORKER", "payeeName": "Broker", "type": "SERVICE_FEE",
                 "amount": {"amount": 100, "currency": "THB"}, "paidOn": "%s", "receiptNumber": "R-1"}"""
                .formatted(TODAY))),
        row("POST /api/contracts/{id}/savings",               "403 403 403 200 403 403 403 403 401", g -> change(
                g.fresh.contract(), id -> "/api/contracts/" + id + "/savings",
                "{\"amount\": {\"amount\": 100, \"currency\": \"THB\"}, \"depositedOn\": \"" + TODAY + "\"}")),
        row("POST /api/contracts/{id}/savings-refund",        "403 403 403 200 403 403 403 403 401", g -> change(
                g.fresh.contractWithSavings(), id -> "/api/contracts/" + id + "/savings-refund",
                "{\"amount\": {\"amount\": 100, \"currency\": \"THB\"}, \"refundedOn\": \"" + TODAY + "\"}")),
        row("POST /api/returns",                              "403 403 403 201 403 403 403 403 401", g ->
                post("/api/returns", FreshRecords.returnBody(g.fresh.person()))),
        row("GET /api/returns/{id}",                          "403 403 403 200 403 403 200 403 401", g ->
                get("/api/returns/" + g.returnRecord())),
        // Grievances
        row("POST /api/grievances",                           "403 403 403 403 201 403 403 403 401", g -> {
                String worker = g.fresh.person();
                return create(id -> post("/api/grievances", FreshRecords.grievanceBody(id, worker)));
        }),
        row("GET /api/grievances/{id}",                       "403 403 403 200 200 200 200 403 401", g ->
                get("/api/grievances/" + g.grievance())),
        row("GET /api/grievances/{id}/narrative",             "403 403 403 403 200 403 200 403 401", g ->
                get("/api/grievances/" + g.grievance() + "/narrative?purpose=review")),
        row("GET /api/grievances",                            "403 403 403 200 200 200 200 403 401", g ->
                get("/api/grievances?country=" + COUNTRY)),
        row("GET /api/grievances/referrals/unanswered",       "403 403 403 200 200 200 200 403 401", g ->
                get("/api/grievances/referrals/unanswered?days=0")),
        row("POST /api/grievances/{id}/identification",       "403 403 403 403 200 403 403 403 401", g -> {
                String worker = g.fresh.person();
                return change(g.fresh.grievanceOfAnUnknownWorker(), id -> "/api/grievances/" + id + "/identification",
                        "{\"personId\": \"" + worker + "\"}");
        }),
        row("POST /api/grievances/{id}/evidence",             "403 403 403 403 200 403 403 403 401", g -> change(
                g.fresh.grievance(), id -> "/api/grievances/" + id + "/evidence",
                "{\"description\": \"pay slips\", \"addedOn\": \"" + TODAY + "\"}")),
        row("POST /api/grievances/{id}/screening",            "403 403 403 403 200 403 403 403 401", g -> change(
                g.fresh.grievance(), id -> "/api/grievances/" + id + "/screening", """
                {"indicators": ["DECEPTION"], "outcome": "POSSIBLE_VICTIM", "decidedBy": "POLICE", "screenedOn": "%s"}"""
                .formatted(TODAY))),
        row("POST /api/grievances/{id}/referrals",            "403 403 403 403 201 403 403 403 401", g -> change(
                g.fresh.grievance(), id -> "/api/grievances/" + id + "/referrals",
                "{\"to\": \"NGO\", \"consent\": true, \"referredOn\": \"" + TODAY + "\"}")),
        row("POST /api/grievances/{id}/referrals/{referralId}/answer", "403 403 403 403 200 403 403 403 401", g -> {
                FreshRecords.Referral referral = g.fresh.referral();
                return change(referral.grievance(),
                        id -> "/api/grievances/" + id + "/referrals/" + referral.id() + "/answer",
                        "{\"answer\": \"ACCEPTED\", \"answeredOn\": \"" + TODAY + "\"}");
        }),
        row("POST /api/grievances/{id}/resolution",           "403 403 403 403 200 403 403 403 401", g -> change(
                g.fresh.grievance(), id -> "/api/grievances/" + id + "/resolution",
                "{\"outcomes\": [\"MEDIATED\"], \"resolvedOn\": \"" + TODAY + "\"}")),
        row("POST /api/grievances/{id}/closure",              "403 403 403 403 200 403 403 403 401", g -> change(
                g.fresh.grievance(), id -> "/api/grievances/" + id + "/closure", "{\"closedOn\": \"" + TODAY + "\"}")),
        row("POST /api/grievances/{id}/erasure",              "403 403 403 403 403 403 403 200 401", g -> change(
                g.fresh.grievance(), id -> "/api/grievances/" + id + "/erasure",
                "{\"ground\": \"WORKER_REQUEST\", \"reason\": \"The worker asked.\"}")),
        row("GET /api/grievances/case-files/due-for-review",  "403 403 403 403 403 403 200 200 401", g ->
                get("/api/grievances/case-files/due-for-review")),
        // Flags and reports
        row("GET /api/flags",                                 "200 200 200 200 200 200 200 403 401", g ->
                get("/api/flags?limit=5")),
        // Finer than the annual report: the audit office's alone, which publishes it.
        row("GET /api/reports/research-extract",              "403 403 403 403 403 403 200 403 401", g ->
                get("/api/reports/research-extract")),
        row("GET /api/reports/research-extract/grievances.csv", "403 403 403 403 403 403 200 403 401", g ->
                get("/api/reports/research-extract/grievances.csv")),
        row("GET /api/reports/research-extract/flags.csv",    "403 403 403 403 403 403 200 403 401", g ->
                get("/api/reports/research-extract/flags.csv")),
        row("GET /api/reports/annual",                        "200 200 200 200 200 200 200 403 401", g ->
                get("/api/reports/annual?year=" + TODAY.getYear())),
        // Audit
        row("GET /api/audit/events",                          "403 403 403 403 403 403 200 403 401", g ->
                get("/api/audit/events?limit=5")),
        row("GET /api/audit/aggregates/{id}/events",          "403 403 403 403 403 403 200 403 401", g ->
                get("/api/audit/aggregates/" + g.person() + "/events")),
        row("GET /api/audit/aggregates/{id}/state",           "403 403 403 403 403 403 200 403 401", g ->
                get("/api/audit/aggregates/" + g.person() + "/state")),
        row("POST /api/audit/replays",                        "403 403 403 403 403 403 202 403 401", g ->
                post("/api/audit/replays", "{\"processingGroup\": \"agencies\"}")),
        row("GET /api/audit/replays/{id}",                    "403 403 403 403 403 403 200 403 401", g ->
                get("/api/audit/replays/" + g.replay())),
        row("GET /api/audit/verification",                    "403 403 403 403 403 403 200 403 401", g ->
                get("/api/audit/verification")),
        row("GET /api/audit/checkpoints",                     "403 403 403 403 403 403 200 403 401", g ->
                get("/api/audit/checkpoints?limit=5")),
        row("GET /api/audit/access",                          "403 403 403 403 403 403 200 403 401", g ->
                get("/api/audit/access?record=" + g.grievance())),
        row("GET /api/audit/access/verification",             "403 403 403 403 403 403 200 403 401", g ->
                get("/api/audit/access/verification")),
        // Administration and reference data
        row("POST /api/admin/users",                          "403 403 403 403 403 403 403 201 401", g ->
                post("/api/admin/users", """
                {"username": "auditor-%s", "password": "%s", "roles": ["AUDITOR"]}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8), PASSWORD))),
        row("GET /api/admin/users",                           "403 403 403 403 403 403 403 200 401", g ->
                get("/api/admin/users")),
        row("POST /api/admin/users/{username}/unlock",        "403 403 403 403 403 403 403 204 401", g ->
                post("/api/admin/users/" + ADMIN + "/unlock", "")),
        row("GET /api/admin/devices",                        "403 403 403 403 403 403 403 200 401", g ->
                get("/api/admin/devices")),
        // No device is enrolled under a new id, so an administrator is answered "not found", not "forbidden".
        row("POST /api/admin/devices/{id}/revocation",        "403 403 403 403 403 403 403 404 401", g ->
                post("/api/admin/devices/" + UUID.randomUUID() + "/revocation", "")),
        row("GET /api/admin/dead-letters",                    "403 403 403 403 403 403 200 200 401", g ->
                get("/api/admin/dead-letters?limit=5")),
        row("POST /api/admin/dead-letters/{processingGroup}/retry",
                                                              "403 403 403 403 403 403 403 200 401", g ->
                post("/api/admin/dead-letters/person-registry/retry", "")),
        // Nothing is parked under a new record, so an administrator is answered "not found", not "forbidden".
        row("POST /api/admin/dead-letters/{processingGroup}/{sequence}/resolution",
                                                              "403 403 403 403 403 403 403 404 401", g ->
                post("/api/admin/dead-letters/person-registry/" + UUID.randomUUID() + "/resolution",
                        "{\"reason\": \"checked by hand\"}")),
        row("POST /api/admin/exchange-rates",                 "403 403 403 403 403 403 403 201 401", g ->
                post("/api/admin/exchange-rates", """
                {"currency": "ISK", "effectiveOn": "%s", "lakPerUnit": 160}"""
                .formatted(TODAY.minusDays(ThreadLocalRandom.current().nextInt(1000, 40000))))),
        row("GET /api/problems",                              "200 200 200 200 200 200 200 200 200", g ->
                get("/api/problems")),
        row("GET /api/reference/provinces",                   "200 200 200 200 200 200 200 200 401", g ->
                get("/api/reference/provinces")),
        row("GET /api/reference/districts",                   "200 200 200 200 200 200 200 200 401", g ->
                get("/api/reference/districts?province=" + PROVINCE)),
        row("GET /api/reference/exchange-rates",              "200 200 200 200 200 200 200 200 401", g ->
                get("/api/reference/exchange-rates?currency=THB")));
    // @formatter:on

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @Test
    void everyOperationUnderApiHasARowAndEveryRowAnOperation() {
        Set<String> served = new TreeSet<>();
        for (RequestMappingInfo mapping : mappings.getHandlerMethods().keySet()) {
            for (String pattern : mapping.getPatternValues()) {
                if (pattern.startsWith("/api/")) {
                    mapping.getMethodsCondition().getMethods().forEach(method -> served.add(method + " " + pattern));
                    if (mapping.getMethodsCondition().getMethods().isEmpty()) {
                        served.add("ANY " + pattern);
                    }
                }
            }
        }
        Set<String> tabled = new TreeSet<>();
        TABLE.forEach(row -> assertThat(tabled.add(row.operation())).as("a second row for " + row.operation()).isTrue());

        Set<String> withoutRow = new TreeSet<>(served);
        withoutRow.removeAll(tabled);
        Set<String> notServed = new TreeSet<>(tabled);
        notServed.removeAll(served);

        assertThat(served).as("operations under /api").isNotEmpty();
        assertThat(withoutRow).as("operations the registry serves without a row in the table").isEmpty();
        assertThat(notServed).as("rows for operations the registry does not serve").isEmpty();
    }

    @Test
    void everyCallerGetsTheStatusTheTableGivesAndARefusalRecordsNothing() {
        Map<Caller, Api> callers = callers();
        Given given = new Given(new FreshRecords(callers.get(Caller.REGISTRAR_IN),
                callers.get(Caller.PASSPORT_OFFICER), callers.get(Caller.LABOUR_OFFICER),
                callers.get(Caller.ATTACHE_IN)), callers.get(Caller.AUDITOR));
        List<String> wrong = new ArrayList<>();

        for (Row row : TABLE) {
            for (Caller caller : Caller.values()) {
                Request request = row.request().apply(given);
                long eventsBefore = request.recordId() == null ? 0 : eventsOf(request.recordId());
                Api.Response response = request.sendAs(callers.get(caller), given.fresh.position());
                int expected = row.expected().get(caller);
                if (response.status() != expected) {
                    wrong.add("%s as %s: %d expected, %d answered %s".formatted(row.operation(), caller, expected,
                            response.status(), abbreviated(response.body())));
                } else if (expected >= 400 && !"application/problem+json".equals(response.contentType())) {
                    wrong.add("%s as %s: %d without a problem+json body".formatted(row.operation(), caller, expected));
                } else if (expected >= 400 && request.recordId() != null && eventsOf(request.recordId()) != eventsBefore) {
                    wrong.add("%s as %s: refused, but recorded events".formatted(row.operation(), caller));
                }
                given.settle(response);
            }
        }

        assertThat(wrong).as("answers that differ from the table").isEmpty();
    }

    private Map<Caller, Api> callers() {
        Map<Caller, Api> callers = new EnumMap<>(Caller.class);
        callers.put(Caller.REGISTRAR_IN, user("REGISTRAR", PROVINCE));
        callers.put(Caller.REGISTRAR_OUT, user("REGISTRAR", "LA-VT"));
        callers.put(Caller.PASSPORT_OFFICER, user("PASSPORT_OFFICER", null));
        callers.put(Caller.LABOUR_OFFICER, user("LABOUR_OFFICER", null));
        callers.put(Caller.ATTACHE_IN, user("LABOUR_ATTACHE", COUNTRY));
        callers.put(Caller.ATTACHE_OUT, user("LABOUR_ATTACHE", "MY"));
        callers.put(Caller.AUDITOR, user("AUDITOR", null));
        callers.put(Caller.ADMIN, admin);
        callers.put(Caller.ANONYMOUS, api.anonymous());
        return callers;
    }

    private long eventsOf(String recordId) {
        Long count = jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Long.class, recordId);
        return count == null ? 0 : count;
    }

    private static String abbreviated(String body) {
        return body.length() <= 300 ? body : body.substring(0, 300) + "...";
    }

    // The table's vocabulary

    private record Row(String operation, Map<Caller, Integer> expected, Function<Given, Request> request) {
    }

    private static Row row(String operation, String statuses, Function<Given, Request> request) {
        String[] codes = statuses.trim().split("\\s+");
        Caller[] columns = Caller.values();
        if (codes.length != columns.length) {
            throw new IllegalArgumentException(operation + ": one status for each of " + Arrays.toString(columns));
        }
        Map<Caller, Integer> expected = new EnumMap<>(Caller.class);
        for (int i = 0; i < columns.length; i++) {
            expected.put(columns[i], Integer.parseInt(codes[i]));
        }
        return new Row(operation, expected, request);
    }

    /** One request; {@code recordId} is the record a write would change, checked to be unchanged by a refusal. */
    private record Request(String method, String path, String body, String recordId) {

        Api.Response sendAs(Api caller, long position) {
            String[] readAfter = {"Tabien-Position", Long.toString(position)};
            return method.equals("GET") ? caller.get(path, readAfter) : caller.post(path, body, readAfter);
        }
    }

    private static Request get(String path) {
        return new Request("GET", path, null, null);
    }

    private static Request post(String path, String body) {
        return new Request("POST", path, body, null);
    }

    /** A create with a client-made id: a refusal leaves no record under it. */
    private static Request create(Function<UUID, Request> withId) {
        UUID id = UUID.randomUUID();
        Request request = withId.apply(id);
        return new Request(request.method(), request.path(), request.body(), id.toString());
    }

    private static Request change(String recordId, Function<String, String> path, String body) {
        return new Request("POST", path.apply(recordId), body, recordId);
    }

    /**
     * What the requests are made of: fresh records for the writes, and for the reads records made once. A replay
     * a request starts is waited for, so that no read meets a projection being rebuilt.
     */
    private static final class Given {

        final FreshRecords fresh;
        private final Api auditor;
        private final Map<String, Object> made = new LinkedHashMap<>();

        Given(FreshRecords fresh, Api auditor) {
            this.fresh = fresh;
            this.auditor = auditor;
        }

        String person() {
            return once("person", fresh::person);
        }

        FreshRecords.Book book() {
            return once("book", fresh::familyBook);
        }

        String passport() {
            return once("passport", fresh::passport);
        }

        String agency() {
            return once("agency", fresh::agency);
        }

        String contract() {
            return once("contract", fresh::contract);
        }

        String grievance() {
            return once("grievance", fresh::grievance);
        }

        String returnRecord() {
            return once("return", fresh::returnRecord);
        }

        String replay() {
            return once("replay", () -> {
                Api.Response started = auditor.post("/api/audit/replays", "{\"processingGroup\": \"agencies\"}");
                settle(started);
                return started.json().get("id").asString();
            });
        }

        void settle(Api.Response response) {
            String location = response.header("Location");
            if (response.status() == 202 && location != null && location.startsWith("/api/audit/replays/")) {
                await().atMost(Duration.ofSeconds(60)).until(() ->
                        "DONE".equals(auditor.get(location).json().get("state").asString()));
            }
        }

        @SuppressWarnings("unchecked")
        private <T> T once(String what, Supplier<T> make) {
            Object existing = made.get(what);
            if (existing == null) {
                existing = make.get();
                made.put(what, existing);
            }
            return (T) existing;
        }
    }
}
