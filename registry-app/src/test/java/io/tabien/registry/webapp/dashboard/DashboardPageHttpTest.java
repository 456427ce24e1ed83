package io.tabien.registry.webapp.dashboard;

import io.tabien.registry.support.Api;
import io.tabien.registry.support.CivilClient;
import io.tabien.registry.support.IntegrationTest;
import io.tabien.registry.support.Mrz;
import io.tabien.registry.support.PageSession;
import io.tabien.registry.support.PageSession.Page;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Each role's dashboard counts what that role may read and nothing more, an administrator is refused it, and a
 * filter the registry cannot read is answered 400 on the page, in words, never with a server error.
 */
class DashboardPageHttpTest extends IntegrationTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Vientiane"));

    @Test
    void anAttacheCountsTheGrievancesOfTheirCountryAndNoOther() {
        Api korea = user("LABOUR_ATTACHE", "KR");
        Api malaysia = user("LABOUR_ATTACHE", "MY");
        grievance(korea, "KR", "DEBT_BONDAGE", "HOTLINE");
        grievance(malaysia, "MY", "ISOLATION", "OUTREACH");
        PageSession koreanAttache = session("LABOUR_ATTACHE", "KR");
        PageSession malaysianAttache = session("LABOUR_ATTACHE", "MY");
        PageSession auditor = session("AUDITOR", null);

        Page seenFromKorea = await().atMost(Duration.ofSeconds(20)).until(() -> koreanAttache.get("/dashboard"),
                page -> page.body().contains("country=KR"));
        assertThat(seenFromKorea.status()).isEqualTo(200);
        assertThat(seenFromKorea.body()).contains("id=\"grievances-by-country\"", "id=\"channel-table\"")
                .doesNotContain("country=MY").doesNotContain(">MY<");
        assertThat(seenFromKorea.body()).as("an attaché reads the case files of their country")
                .contains(">Possible victim<");
        assertThat(seenFromKorea.body()).as("no agency register for an attaché").doesNotContain("id=\"agencies\"");
        Page seenFromMalaysia = await().atMost(Duration.ofSeconds(20))
                .until(() -> malaysianAttache.get("/dashboard"), page -> page.body().contains("country=MY"));
        assertThat(seenFromMalaysia.body()).doesNotContain("country=KR").doesNotContain(">KR<");
        assertThat(koreanAttache.get("/dashboard/grievances?year=" + TODAY.getYear() + "&country=MY").body())
                .as("the list behind a figure is scoped as the figure").contains("Nothing to list.");
        assertThat(auditor.get("/dashboard").body()).contains("country=KR", "country=MY");
    }

    @Test
    void aLabourOfficerDoesNotSeeWithheldDocumentFlagsWhichAPassportOfficerAndAnAuditorDo() {
        String holder = withheldPassport("LA-AT", "1701");
        PageSession auditor = session("AUDITOR", null);
        PageSession passportOfficer = session("PASSPORT_OFFICER", null);
        PageSession labourOfficer = session("LABOUR_OFFICER", null);

        await().atMost(Duration.ofSeconds(20)).until(() -> auditor.get("/dashboard/flags?province=LA-AT").body(),
                body -> body.contains("DOC-HELD-BY-EMPLOYER") && body.contains(holder));
        assertThat(passportOfficer.get("/dashboard/flags?province=LA-AT").body()).contains("DOC-HELD-BY-EMPLOYER");
        Page labour = labourOfficer.get("/dashboard");
        assertThat(labour.status()).isEqualTo(200);
        assertThat(labour.body()).contains("Irregular migration", "Unlawful fees", "id=\"agencies\"",
                        "id=\"channels\"")
                .doesNotContain("Withheld documents").doesNotContain("data-rule=\"DOC-")
                .as("a labour officer reads no case file").doesNotContain(">Possible victim<");
        assertThat(labourOfficer.get("/dashboard/flags?province=LA-AT").body()).doesNotContain("DOC-HELD");
        Page refused = labourOfficer.get("/dashboard/flags?category=withheld-document");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("Choose a category of flag your work covers.");
        Page passports = passportOfficer.get("/dashboard");
        assertThat(passports.body()).contains("Withheld documents", "id=\"tile-LA-AT\"")
                .doesNotContain("id=\"births\"").doesNotContain("id=\"grievances\"");
    }

    @Test
    void aRegistrarCountsTheBirthsOfTheirProvinceOnly() {
        String name = "Dashboard" + UUID.randomUUID().toString().substring(0, 8);
        new CivilClient(user("REGISTRAR", "LA-XE")).person(name, "Sekong", TODAY.minusDays(3).toString(),
                "LA-XE", "1501");
        PageSession sekong = session("REGISTRAR", "LA-XE");
        PageSession attapeu = session("REGISTRAR", "LA-AT");
        String month = "/dashboard/births?year=" + TODAY.getYear() + "&month=" + TODAY.getMonthValue();

        await().atMost(Duration.ofSeconds(20)).until(() -> sekong.get(month + "&late=false").body(),
                body -> body.contains(name));
        Page dashboard = sekong.get("/dashboard");
        assertThat(dashboard.body()).contains("id=\"births-by-month\"", "province=LA-XE")
                .doesNotContain("id=\"grievances\"").doesNotContain("id=\"agencies\"");
        assertThat(sekong.get(month + "&late=true").body()).doesNotContain(name);
        assertThat(attapeu.get(month).body()).doesNotContain(name);
        assertThat(sekong.get("/dashboard/grievances?year=" + TODAY.getYear()).status())
                .as("a registrar reads no grievance, not even behind a figure").isEqualTo(403);
        assertThat(sekong.get("/dashboard?province=LA-XE").body()).contains("id=\"births-by-month\"");
    }

    @Test
    void referralsAreCountedAnsweredWaitingAndOverdueApart() {
        Api newZealand = user("LABOUR_ATTACHE", "NZ");
        LocalDate reported = TODAY.minusDays(40);
        Api.Response created = newZealand.post("/api/grievances", """
                {"workerName": "Worker", "employerName": "Orchard", "country": "NZ", "channel": "REFERRAL",
                 "categories": ["DECEPTION"], "narrative": "referred by a union", "reportedOn": "%s"}"""
                .formatted(reported));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String grievance = created.json().get("id").asString();
        refer(newZealand, grievance, "NGO", TODAY.minusDays(30));
        refer(newZealand, grievance, "HEALTH", TODAY.minusDays(2));
        String answered = refer(newZealand, grievance, "POLICE", TODAY.minusDays(30));
        Api.Response answer = newZealand.post("/api/grievances/" + grievance + "/referrals/" + answered + "/answer",
                "{\"answer\": \"ACCEPTED\", \"answeredOn\": \"" + TODAY.minusDays(20) + "\"}");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        PageSession attache = session("LABOUR_ATTACHE", "NZ");
        String dashboard = "/dashboard?year=" + reported.getYear();

        String referrals = await().atMost(Duration.ofSeconds(20))
                .until(() -> figure(attache.get(dashboard).body(), "referrals"), body -> bar(body, "Accepted") == 1);
        assertThat(bar(referrals, "Refused")).isZero();
        assertThat(bar(referrals, "Unanswered, within 14 days")).isEqualTo(1);
        assertThat(bar(referrals, "Unanswered for more than 14 days")).isEqualTo(1);
        assertThat(figure(session("LABOUR_OFFICER", null).get(dashboard).body(), "referrals"))
                .as("answers are in the case files, which a labour officer does not read")
                .doesNotContain("Accepted").contains("Unanswered for more than 14 days");
    }

    @Test
    void theDashboardsOpenToASessionLoginOnly() {
        Api auditor = user("AUDITOR", null);
        for (String page : List.of("/dashboard", "/dashboard/flags", "/dashboard/births?year=2026&month=1",
                "/dashboard/grievances?year=2026", "/dashboard/agencies")) {
            Api.Response anonymous = api.anonymous().get(page);
            assertThat(anonymous.status()).as(page).isEqualTo(302);
            assertThat(anonymous.header("Location")).as(page).endsWith("/login");
            assertThat(auditor.get(page).status()).as(page).isEqualTo(302);
        }
    }

    @Test
    void anAdministratorIsRefusedTheDashboard() {
        PageSession administrator = PageSession.logIn(api.baseUrl(), ADMIN, ADMIN_PASSWORD);

        Page refused = administrator.get("/dashboard");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(administrator.get("/dashboard/flags").status()).isEqualTo(403);
        assertThat(administrator.get("/").body()).doesNotContain("id=\"nav-dashboard\"");
    }

    @Test
    void filtersTheRegistryCannotReadAreAnswered400OnThePage() {
        PageSession auditor = session("AUDITOR", null);
        List<List<String>> refusals = List.of(
                List.of("/dashboard?year=abc", "A year from 1900 to 2100."),
                List.of("/dashboard?year=99999", "A year from 1900 to 2100."),
                List.of("/dashboard?year=-1", "A year from 1900 to 2100."),
                List.of("/dashboard?year=99999999999999999999", "A year from 1900 to 2100."),
                List.of("/dashboard?province=LA-ZZ", "Choose one of the 18 provinces."),
                List.of("/dashboard?province=%27%3B--", "Choose one of the 18 provinces."),
                List.of("/dashboard/flags?province=nowhere", "Choose one of the 18 provinces."),
                List.of("/dashboard/flags?category=everything", "Choose a category of flag your work covers."),
                List.of("/dashboard/births?year=2026&month=13", "A month from 1 to 12."),
                List.of("/dashboard/births?year=2026", "A month from 1 to 12."),
                List.of("/dashboard/births?year=2026&month=1&late=perhaps", "Late is true or false."),
                List.of("/dashboard/births?month=1", "A year from 1900 to 2100."),
                List.of("/dashboard/grievances?year=2026&category=BOREDOM",
                        "One of the filters names nothing the registry knows."),
                List.of("/dashboard/grievances?year=2026&country=Thailand",
                        "One of the filters names nothing the registry knows."),
                List.of("/dashboard/agencies?asOf=yesterday", "A day written as YYYY-MM-DD, from 1900 to 2100."),
                List.of("/dashboard/agencies?asOf=99999-01-01", "A day written as YYYY-MM-DD, from 1900 to 2100."),
                List.of("/dashboard/agencies?status=FLOURISHING",
                        "One of the filters names nothing the registry knows."));
        for (List<String> refusal : refusals) {
            Page page = auditor.get(refusal.get(0));
            assertThat(page.status()).as(refusal.get(0)).isEqualTo(400);
            assertThat(page.body()).as(refusal.get(0)).contains(refusal.get(1));
        }
        Page lao = auditor.get("/dashboard?year=abc&lang=lo");
        assertThat(lao.status()).isEqualTo(400);
        assertThat(lao.body()).contains("ປີແຕ່ 1900 ຫາ 2100.");
        assertThat(auditor.get("/dashboard?year=1900").status()).isEqualTo(200);
        assertThat(auditor.get("/dashboard/agencies?asOf=" + TODAY).status()).isEqualTo(200);
    }

    private static String refer(Api attache, String grievance, String to, LocalDate on) {
        Api.Response referred = attache.post("/api/grievances/" + grievance + "/referrals",
                "{\"to\": \"" + to + "\", \"consent\": true, \"referredOn\": \"" + on + "\"}");
        assertThat(referred.status()).as(referred.toString()).isEqualTo(201);
        return referred.json().get("id").asString();
    }

    /** The markup of one chart of the page. */
    private static String figure(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        assertThat(start).as("chart " + id).isNotNegative();
        return page.substring(start, page.indexOf("</figure>", start));
    }

    /** The number written beside the first bar of the row with this label. */
    private static long bar(String chart, String label) {
        Matcher number = Pattern.compile(Pattern.quote(label) + "</text>.*?class=\"chart-number\"[^>]*>([0-9]+)<",
                Pattern.DOTALL).matcher(chart);
        assertThat(number.find()).as("a bar labelled " + label).isTrue();
        return Long.parseLong(number.group(1));
    }

    private PageSession session(String role, String office) {
        return PageSession.logIn(api.baseUrl(), newUser(role, office), PASSWORD);
    }

    /** A grievance reported today and screened, so that its outcome counts under its channel. */
    private static void grievance(Api attache, String country, String category, String channel) {
        Api.Response created = attache.post("/api/grievances", """
                {"workerName": "Worker", "employerName": "Employer", "country": "%s", "channel": "%s",
                 "categories": ["%s"], "narrative": "told at the embassy", "reportedOn": "%s"}"""
                .formatted(country, channel, category, TODAY));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asString();
        Api.Response screened = attache.post("/api/grievances/" + id + "/screening", """
                {"indicators": ["%s"], "outcome": "POSSIBLE_VICTIM", "decidedBy": "LABOUR_ATTACHE", "screenedOn": "%s"}"""
                .formatted(category, TODAY));
        assertThat(screened.status()).as(screened.toString()).isEqualTo(200);
    }

    /** A passport of a person born in the province, held by an employer without consent; answers its id. */
    private String withheldPassport(String province, String district) {
        LocalDate born = LocalDate.of(1990, 5, 6);
        String person = new CivilClient(user("REGISTRAR", province)).person("ນາງ", "ແສງ", born.toString(),
                province, district);
        Api passportOfficer = user("PASSPORT_OFFICER", null);
        String number = "D" + UUID.randomUUID().toString().replace("-", "").substring(0, 7).toUpperCase();
        LocalDate issued = TODAY.minusMonths(1);
        String[] mrz = Mrz.lao(number, born, 'F', issued.plusYears(10), "SAENG", "NANG");
        Api.Response passport = passportOfficer.post("/api/passports", """
                {"holderPersonId": "%s", "passportNumber": "%s", "issuedOn": "%s", "expiresOn": "%s",
                 "mrz": ["%s", "%s"]}""".formatted(person, number, issued, issued.plusYears(10), mrz[0], mrz[1]));
        assertThat(passport.status()).as(passport.toString()).isEqualTo(201);
        String id = passport.json().get("id").asString();
        Api.Response custody = passportOfficer.post("/api/passports/" + id + "/custody", """
                {"custodian": "EMPLOYER", "custodianName": "Durian Farm", "country": "TH", "since": "%s",
                 "holderConsent": false}""".formatted(TODAY.minusDays(1)));
        assertThat(custody.status()).as(custody.toString()).isEqualTo(200);
        return id;
    }
}
