package io.tabien.registry.webapp;

import io.tabien.registry.support.Api;
import io.tabien.registry.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web app's sync path: the session of a registrar logged in with the login form, its CSRF token, and the same
 * answers as {@code POST /api/sync}.
 */
class OfflineSyncHttpTest extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Vientiane"));

    @Test
    void aBatchSentInTheWebSessionIsAnsweredAsTheApiAnswersIt() throws Exception {
        String username = newUser("REGISTRAR", "LA-XE");
        Session session = logIn(username);
        JsonNode csrf = JSON.readTree(session.get("/sync").body());
        String accepted = UUID.randomUUID().toString();
        String refused = UUID.randomUUID().toString();
        String batch = """
                {"entries": [%s, %s]}""".formatted(birth(accepted, TODAY.minusDays(3)), birth(refused, TODAY.plusDays(3)));
        long events = eventCount();

        HttpResponse<String> web = session.post("/sync", batch, csrf.get("header").asString(),
                csrf.get("token").asString());
        Api.Response again = api.as(username, PASSWORD).post("/api/sync", batch);

        assertThat(web.statusCode()).as(web.body()).isEqualTo(200);
        JsonNode results = JSON.readTree(web.body()).get("results");
        assertThat(results.get(0).get("status").asInt()).isEqualTo(201);
        assertThat(results.get(1).get("status").asInt()).isEqualTo(422);
        assertThat(results.get(1).get("problem").get("rule").asString()).isEqualTo("DateInFuture");
        assertThat(eventCount() - events).as("the accepted birth, once").isEqualTo(1);
        assertThat(again.json().get("results").get(0).get("location"))
                .as("the API knows the same keys of the same user").isEqualTo(results.get(0).get("location"));
        assertThat(again.json().get("results").get(1).get("problem").get("rule"))
                .isEqualTo(results.get(1).get("problem").get("rule"));
        assertThat(eventCount() - events).isEqualTo(1);
    }

    @Test
    void aBatchWithoutTheSessionsCsrfTokenIsRefusedAndRecordsNothing() throws Exception {
        Session session = logIn(newUser("REGISTRAR", "LA-XE"));
        long events = eventCount();

        HttpResponse<String> refused = session.post("/sync", """
                {"entries": [%s]}""".formatted(birth(UUID.randomUUID().toString(), TODAY.minusDays(3))), null, null);

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void withoutASessionTheSyncPathAsksToLogInAgain() throws Exception {
        HttpResponse<String> anonymous = new Session(port()).get("/sync");

        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    @Test
    void theOutboxTextsComeInTheChosenLanguageWithEveryRulesRefusal() throws Exception {
        Session session = logIn(newUser("REGISTRAR", "LA-XE"));

        JsonNode lao = JSON.readTree(session.get("/app/texts?lang=lo").body());
        JsonNode english = JSON.readTree(session.get("/app/texts?lang=en").body());

        assertThat(lao.get("rule.DateInFuture.dateOfBirth").asString()).isEqualTo("ວັນເດືອນປີເກີດຢູ່ໃນອະນາຄົດ.");
        assertThat(english.get("rule.DateInFuture.dateOfBirth").asString()).isEqualTo("The date of birth lies in the future.");
        assertThat(english.get("outbox.pending").asString()).startsWith("Not yet registered");
        assertThat(lao.propertyNames()).containsExactlyInAnyOrderElementsOf(english.propertyNames());
        lao.propertyNames().forEach(key -> assertThat(lao.get(key).asString())
                .as("%s has a Lao text", key).isNotEqualTo(english.get(key).asString()));
    }

    private Session logIn(String username) throws IOException, InterruptedException {
        Session session = new Session(port());
        Matcher csrf = CSRF_FIELD.matcher(session.get("/login").body());
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> loggedIn = session.form("/login", "username=" + encode(username) + "&password="
                + encode(PASSWORD) + "&_csrf=" + encode(csrf.group(1)));
        assertThat(loggedIn.statusCode()).isEqualTo(302);
        assertThat(loggedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        return session;
    }

    private static String birth(String key, LocalDate born) {
        return """
                {"kind": "birth", "idempotencyKey": "%s", "recordedAt": "%s", "body": {"givenName": "ນ້ອຍ",
                 "familyName": "ແກ້ວ", "sex": "F", "dateOfBirth": "%s",
                 "placeOfBirth": {"province": "LA-XE", "district": "1501"}}}"""
                .formatted(key, java.time.Instant.now().minusSeconds(60), born);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A browser's session as a plain HTTP client keeps it: its cookies, no redirects followed. */
    private static final class Session {

        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        private final String baseUrl;

        Session(int port) {
            this.baseUrl = "http://127.0.0.1:" + port;
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> form(String path, String body) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String json, String csrfHeader, String csrfToken)
                throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json));
            if (csrfHeader != null) {
                request.header(csrfHeader, csrfToken);
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
