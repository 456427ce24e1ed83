package io.tabien.registry.webapp;

import io.tabien.registry.support.Api;
import io.tabien.registry.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published report as anyone reads it, without a login. The grievances of 2012 are this test's own: three came
 * in by the hotline, one walked in, so the hotline's count is shown and the walk-in's is hidden.
 */
class PublicReportHttpTest extends IntegrationTest {

    private static final int YEAR = 2012;

    /** The grievances are recorded once for the whole class: a second copy would change the counts under test. */
    private static boolean recorded;

    @BeforeEach
    void threeGrievancesByTheHotlineAndOneWalkedIn() {
        if (recorded) {
            return;
        }
        Api attache = user("LABOUR_ATTACHE", "QA");
        for (String channel : List.of("HOTLINE", "HOTLINE", "HOTLINE", "WALK_IN")) {
            Api.Response registered = attache.post("/api/grievances", """
                    {"workerName": "Bounmy Sisavath", "employerName": "Doha Cleaning Co.", "country": "QA",
                     "city": "Doha", "channel": "%s", "categories": ["WAGE_THEFT"],
                     "narrative": "Wages unpaid.", "reportedOn": "2012-05-05"}""".formatted(channel));
            assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        }
        recorded = true;
    }

    @Test
    void anyoneReadsTheReportWithoutLoggingInAndSeesSmallCountsHidden() {
        Api.Response english = api.anonymous().get("/report?year=" + YEAR, "Accept-Language", "en");

        assertThat(english.status()).isEqualTo(200);
        assertThat(english.body()).contains("<html lang=\"en\"", "Annual progress report 2012",
                "Counts of 1 and 2 are shown as &lt;3").doesNotContain("Bounmy", "Doha");
        String channels = section(english.body(), "grievancesByChannel");
        assertThat(channels).contains("Grievances by intake channel", "Hotline", "<strong>3</strong>", "Walk-in",
                "<strong>&lt;3</strong>", "<strong>0</strong>").doesNotContain("<strong>1</strong>");
        assertThat(english.body()).contains("href=\"/report.csv?year=2012\"");
    }

    @Test
    void theReportSpeaksLaoToABrowserThatPrefersItAndWhenLaoIsChosen() {
        Api.Response preferred = api.anonymous().get("/report?year=" + YEAR, "Accept-Language", "lo,en;q=0.5");
        Api.Response chosen = api.anonymous().get("/report?year=" + YEAR + "&lang=lo", "Accept-Language", "en");

        for (Api.Response lao : List.of(preferred, chosen)) {
            assertThat(lao.status()).isEqualTo(200);
            assertThat(lao.body()).contains("<html lang=\"lo\"", "ລາຍງານຄວາມຄືບໜ້າປະຈຳປີ 2012");
            assertThat(section(lao.body(), "grievancesByChannel")).contains("ຄຳຮ້ອງທຸກ ຕາມຊ່ອງທາງທີ່ມາ", "ສາຍດ່ວນ",
                    "<strong>3</strong>", "<strong>&lt;3</strong>");
        }
    }

    @Test
    void withoutAYearTheReportIsOfTheLastCompleteYear() {
        int lastYear = LocalDate.now(ZoneId.of("Asia/Vientiane")).getYear() - 1;

        Api.Response report = api.anonymous().get("/report", "Accept-Language", "en");

        assertThat(report.status()).isEqualTo(200);
        assertThat(report.body()).contains("Annual progress report " + lastYear,
                "href=\"/report.csv?year=" + lastYear + "\"", "id=\"previous-year\"")
                .doesNotContain("id=\"next-year\"");
    }

    @Test
    void aYearThatIsNotOneIsABadRequestShownOnThePage() {
        for (String year : List.of("abc", "1899", "2101", "99999999999999999999", "-1", "2012.5")) {
            Api.Response refused = api.anonymous().get("/report?year=" + year, "Accept-Language", "en");

            assertThat(refused.status()).as(year).isEqualTo(400);
            assertThat(refused.body()).as(year).contains("id=\"year-error\"", "A year from 1900 to 2100.")
                    .doesNotContain("report-section");
        }
        assertThat(api.anonymous().get("/report?year=abc&lang=lo").body()).contains("ປີແຕ່ 1900 ຫາ 2100.");
        assertThat(api.anonymous().get("/report.csv?year=abc").status()).isEqualTo(400);
    }

    @Test
    void anyoneDownloadsThePublishedCsvWithSmallCountsHidden() {
        Api.Response csv = api.anonymous().get("/report.csv?year=" + YEAR);

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("annual-report-2012.csv");
        assertThat(csv.body().lines().toList()).contains("year,section,key1,value1,key2,value2,count,total",
                "2012,grievancesByChannel,channel,HOTLINE,,,3,", "2012,grievancesByChannel,channel,WALK_IN,,,<3,",
                "2012,grievancesByCategoryAndCountry,category,WAGE_THEFT,country,QA,4,");
        assertThat(csv.body()).doesNotContain(",1,", ",2,");
    }

    /** The HTML of one section of the page, from its opening tag to the next section's. */
    private static String section(String page, String name) {
        int start = page.indexOf("id=\"section-" + name + "\"");
        assertThat(start).as("section " + name).isPositive();
        int end = page.indexOf("<section", start);
        return page.substring(start, end < 0 ? page.length() : end);
    }
}
