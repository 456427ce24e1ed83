package io.tabien.registry.security;

import io.tabien.registry.support.Api;
import io.tabien.registry.support.IntegrationTest;
import io.tabien.registry.support.PageSession;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A registrar's browser enrolled as a device syncs its outbox with the device's token after the web session ended,
 * as its user, on the sync paths only, until an administrator (or the user) revokes it or the user is disabled.
 */
class DeviceTokensHttpTest extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Vientiane"));

    @Test
    void aDeviceEnrolledInTheSessionSyncsWithItsTokenAloneAsItsUser() {
        String username = newUser("REGISTRAR", "LA-XE");
        JsonNode device = enrol(username, "Chrome · Android");
        String token = device.get("token").asString();
        String key = UUID.randomUUID().toString();

        Api.Response web = withToken(token).post("/sync", batch(key));
        Api.Response api = withToken(token).post("/api/sync", batch(UUID.randomUUID().toString()));

        assertThat(token).startsWith(Devices.TOKEN_PREFIX);
        assertThat(web.status()).as(web.body()).isEqualTo(200);
        assertThat(web.json().get("results").get(0).get("status").asInt()).isEqualTo(201);
        assertThat(api.json().get("results").get(0).get("status").asInt()).isEqualTo(201);
        JsonNode metadata = JSON.readTree(jdbc.queryForObject(
                "select meta_data::text from event_log where meta_data->>'commandId' = ?", String.class, key));
        assertThat(metadata.get("actor").asString()).isEqualTo(username);
        assertThat(metadata.get("role").asString()).isEqualTo("REGISTRAR");
        assertThat(metadata.get("office").asString()).isEqualTo("LA-XE");
        JsonNode listed = admin.get("/api/admin/devices?user=" + username).json();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("name").asString()).isEqualTo("Chrome · Android");
        assertThat(listed.get(0).get("lastUsedAt").isNull()).isFalse();
        assertThat(listed.get(0).has("token")).isFalse();
    }

    @Test
    void theTokenOpensTheSyncAndNothingElse() {
        String username = newUser("REGISTRAR", "LA-XE");
        Api device = withToken(enrol(username, "Firefox · Linux").get("token").asString());
        long events = eventCount();

        assertThat(device.get("/api/persons?q=Noy").status()).isEqualTo(401);
        assertThat(device.post("/api/births", birth(UUID.randomUUID().toString())).status()).isEqualTo(401);
        assertThat(device.get("/api/admin/devices").status()).isEqualTo(401);
        assertThat(device.get("/sync").status()).as("the session's CSRF token").isEqualTo(401);
        assertThat(device.post("/devices", "{\"name\": \"another\"}").status()).as("no enrolment by token")
                .isIn(302, 401, 403);
        assertThat(device.get("/search").status()).as("a page: to the login").isEqualTo(302);
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void aRevokedDeviceIsRefusedWithTheReasonAndNothingIsRecorded() {
        String username = newUser("REGISTRAR", "LA-XE");
        JsonNode enrolled = enrol(username, "Chrome · Windows");
        String token = enrolled.get("token").asString();

        Api.Response revoked = admin.post("/api/admin/devices/" + enrolled.get("id").asString() + "/revocation", "");
        long events = eventCount();
        Api.Response refused = withToken(token).post("/sync", batch(UUID.randomUUID().toString()));
        Api.Response refusedOnApi = withToken(token).post("/api/sync", batch(UUID.randomUUID().toString()));

        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.json().get("revokedBy").asString()).isEqualTo(ADMIN);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(refused.json().get("type").asString()).endsWith("#device-refused");
        assertThat(refused.json().get("reason").asString()).isEqualTo("revoked");
        assertThat(refused.json().get("revokedBy").asString()).isEqualTo(ADMIN);
        assertThat(refused.json().get("device").asString()).isEqualTo("Chrome · Windows");
        assertThat(refused.json().get("detail").asString())
                .contains("'Chrome · Windows' was revoked by " + ADMIN, revoked.json().get("revokedAt").asString())
                .doesNotContain(token);
        assertThat(refusedOnApi.status()).isEqualTo(401);
        assertThat(eventCount()).as("nothing recorded").isEqualTo(events);
        assertThat(admin.post("/api/admin/devices/" + UUID.randomUUID() + "/revocation", "").status())
                .isEqualTo(404);
    }

    @Test
    void aDisabledUsersDeviceIsRefused() {
        String username = newUser("LABOUR_ATTACHE", "TH");
        String token = enrol(username, "Safari · iOS").get("token").asString();
        jdbc.update("update app_user set enabled = false where username = ?", username);
        long events = eventCount();

        Api.Response refused = withToken(token).post("/sync", batch(UUID.randomUUID().toString()));

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().get("reason").asString()).isEqualTo("disabled");
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void anUnknownTokenIsRefusedAndAnotherBearerTokenMeetsTheApiAsBefore() {
        String registrar = newUser("REGISTRAR", "LA-XE");

        Api.Response unknown = withToken(Devices.TOKEN_PREFIX + "A".repeat(43)).post("/sync",
                batch(UUID.randomUUID().toString()));
        Api.Response malformed = withToken(Devices.TOKEN_PREFIX + "short").post("/api/sync",
                batch(UUID.randomUUID().toString()));
        Api.Response jwt = api.bearing("eyJhbGciOiJSUzI1NiJ9.e30.c2lnbmF0dXJl").post("/api/sync",
                batch(UUID.randomUUID().toString()));
        Api.Response basic = api.as(registrar, PASSWORD).post("/api/sync", batch(UUID.randomUUID().toString()));

        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.json().get("reason").asString()).isEqualTo("unknown");
        assertThat(malformed.json().get("reason").asString()).isEqualTo("unknown");
        assertThat(jwt.status()).isEqualTo(401);
        assertThat(jwt.json().get("type").asString()).endsWith("#unauthenticated");
        assertThat(basic.status()).isEqualTo(200);
    }

    @Test
    void onlyTheTokensHashIsStored() throws Exception {
        String username = newUser("REGISTRAR", "LA-XE");
        JsonNode enrolled = enrol(username, "Chrome · Linux");
        String token = enrolled.get("token").asString();

        Map<String, Object> row = jdbc.queryForMap("select token_hash, row_to_json(d)::text as whole from app_device d "
                + "where device_id = ?::uuid", enrolled.get("id").asString());

        assertThat((byte[]) row.get("token_hash")).isEqualTo(
                MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        assertThat((String) row.get("whole")).doesNotContain(token.substring(Devices.TOKEN_PREFIX.length()));
        assertThat(enrol(username, "Chrome · Linux").get("token").asString()).as("a new token each time")
                .isNotEqualTo(token);
    }

    @Test
    void aUserRevokesTheirOwnDeviceButNotAnothers() {
        String owner = newUser("REGISTRAR", "LA-XE");
        PageSession session = PageSession.logIn(api.baseUrl(), owner, PASSWORD);
        JsonNode mine = JSON.readTree(session.postJson("/devices", "{\"name\": \"Lost telephone\"}").body());
        JsonNode theirs = enrol(newUser("REGISTRAR", "LA-XE"), "Kept telephone");

        PageSession.Page notMine = session.postForm("/devices/" + theirs.get("id").asString() + "/revocation");
        PageSession.Page revoked = session.postForm("/devices/" + mine.get("id").asString() + "/revocation");

        assertThat(notMine.status()).isEqualTo(404);
        assertThat(revoked.status()).isEqualTo(302);
        assertThat(withToken(mine.get("token").asString()).post("/sync", batch(UUID.randomUUID().toString()))
                .json().get("revokedBy").asString()).isEqualTo(owner);
        assertThat(withToken(theirs.get("token").asString()).post("/sync", batch(UUID.randomUUID().toString()))
                .status()).isEqualTo(200);
        assertThat(session.get("/").body()).contains("Lost telephone").doesNotContain("Kept telephone");
    }

    @Test
    void theAdministratorSeesTheDevicesOnTheUsersPageAndRevokesOne() {
        JsonNode enrolled = enrol(newUser("LABOUR_ATTACHE", "TH"), "Chrome · Android");
        String id = enrolled.get("id").asString();
        PageSession administrator = PageSession.logIn(api.baseUrl(), ADMIN, ADMIN_PASSWORD);

        assertThat(administrator.get("/users").body()).contains("device-" + id, "Chrome · Android");
        PageSession.Page revoked = administrator.postForm("/users/devices/" + id + "/revocation");

        assertThat(revoked.status()).isEqualTo(302);
        assertThat(withToken(enrolled.get("token").asString()).post("/sync", batch(UUID.randomUUID().toString()))
                .json().get("reason").asString()).isEqualTo("revoked");
        assertThat(administrator.get("/users").body()).contains("revoked by " + ADMIN);
    }

    @Test
    void onlyUsersWithAnOutboxEnrolDevices() {
        PageSession officer = PageSession.logIn(api.baseUrl(), newUser("PASSPORT_OFFICER", null), PASSWORD);

        assertThat(officer.postJson("/devices", "{\"name\": \"Office desktop\"}").status()).isEqualTo(403);
        assertThat(PageSession.logIn(api.baseUrl(), newUser("REGISTRAR", "LA-XE"), PASSWORD)
                .postJson("/devices", "{\"name\": \" \"}").status()).isEqualTo(400);
    }

    @Test
    void aBrowserAskingAgainReplacesTheDeviceWhoseTokenItNeverKept() {
        String username = newUser("REGISTRAR", "LA-XE");
        PageSession session = PageSession.logIn(api.baseUrl(), username, PASSWORD);
        String installation = installationKey();
        JsonNode lost = enrolled(session.postJson("/devices", enrolment("Chrome · Android", installation, 1)));

        JsonNode kept = enrolled(session.postJson("/devices", enrolment("Chrome · Android", installation, 2)));

        JsonNode listed = admin.get("/api/admin/devices?user=" + username).json();
        assertThat(listed.findValuesAsString("id")).containsExactly(kept.get("id").asString());
        assertThat(withToken(lost.get("token").asString()).post("/sync", batch(UUID.randomUUID().toString())).status())
                .isEqualTo(401);
        assertThat(withToken(kept.get("token").asString()).post("/sync", batch(UUID.randomUUID().toString())).status())
                .isEqualTo(200);
    }

    @Test
    void aDeviceThatWasUsedIsRevokedByItsUserWhenItsBrowserAsksAgainAndStaysListed() {
        String username = newUser("REGISTRAR", "LA-XE");
        PageSession session = PageSession.logIn(api.baseUrl(), username, PASSWORD);
        String installation = installationKey();
        JsonNode used = enrolled(session.postJson("/devices", enrolment("Firefox · Linux", installation, 1)));
        assertThat(withToken(used.get("token").asString()).post("/sync", batch(UUID.randomUUID().toString())).status())
                .isEqualTo(200);

        JsonNode again = enrolled(session.postJson("/devices", enrolment("Firefox · Linux", installation, 2)));

        JsonNode listed = admin.get("/api/admin/devices?user=" + username).json();
        assertThat(listed.findValuesAsString("id"))
                .containsExactlyInAnyOrder(used.get("id").asString(), again.get("id").asString());
        JsonNode revoked = listed.get(listed.get(0).get("id").asString().equals(used.get("id").asString()) ? 0 : 1);
        assertThat(revoked.get("revokedBy").asString()).isEqualTo(username);
        Api.Response refused = withToken(used.get("token").asString()).post("/sync", batch(UUID.randomUUID().toString()));
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().get("reason").asString()).isEqualTo("revoked");
    }

    @Test
    void anAttemptOvertakenByALaterOneIsRefusedAndRecordsNoDevice() {
        String username = newUser("REGISTRAR", "LA-XE");
        PageSession session = PageSession.logIn(api.baseUrl(), username, PASSWORD);
        String installation = installationKey();
        JsonNode later = enrolled(session.postJson("/devices", enrolment("Chrome · Windows", installation, 5)));

        PageSession.Page overtaken = session.postJson("/devices", enrolment("Chrome · Windows", installation, 4));
        PageSession.Page repeated = session.postJson("/devices", enrolment("Chrome · Windows", installation, 5));

        assertThat(overtaken.status()).isEqualTo(409);
        assertThat(overtaken.body()).contains("enrolled again");
        assertThat(repeated.status()).isEqualTo(409);
        assertThat(admin.get("/api/admin/devices?user=" + username).json().findValuesAsString("id"))
                .containsExactly(later.get("id").asString());
    }

    @Test
    void otherInstallationsAndOtherUsersOfTheSameInstallationKeepTheirDevices() {
        String username = newUser("REGISTRAR", "LA-XE");
        String colleague = newUser("REGISTRAR", "LA-XE");
        String installation = installationKey();
        JsonNode first = enrolled(PageSession.logIn(api.baseUrl(), username, PASSWORD)
                .postJson("/devices", enrolment("Chrome · Android", installation, 1)));
        JsonNode colleagues = enrolled(PageSession.logIn(api.baseUrl(), colleague, PASSWORD)
                .postJson("/devices", enrolment("Chrome · Android", installation, 2)));
        JsonNode otherBrowser = enrolled(PageSession.logIn(api.baseUrl(), username, PASSWORD)
                .postJson("/devices", enrolment("Firefox · Linux", installationKey(), 3)));
        JsonNode named = enrolled(PageSession.logIn(api.baseUrl(), username, PASSWORD)
                .postJson("/devices", "{\"name\": \"Safari · iOS\"}"));

        assertThat(admin.get("/api/admin/devices?user=" + username).json().findValuesAsString("id"))
                .containsExactlyInAnyOrder(first.get("id").asString(), otherBrowser.get("id").asString(),
                        named.get("id").asString());
        assertThat(admin.get("/api/admin/devices?user=" + colleague).json().findValuesAsString("id"))
                .containsExactly(colleagues.get("id").asString());
    }

    @Test
    void anEnrolmentWithAMalformedInstallationIsRefusedAndRecordsNoDevice() {
        String username = newUser("REGISTRAR", "LA-XE");
        PageSession session = PageSession.logIn(api.baseUrl(), username, PASSWORD);

        List<PageSession.Page> refused = List.of(
                session.postJson("/devices", enrolment("Chrome", "short", 1)),
                session.postJson("/devices", enrolment("Chrome", "x".repeat(65), 1)),
                session.postJson("/devices", enrolment("Chrome", "not a key; drop table", 1)),
                session.postJson("/devices", enrolment("Chrome", installationKey(), 0)),
                session.postJson("/devices", enrolment("Chrome", installationKey(), -3)),
                session.postJson("/devices", "{\"name\": \"Chrome\", \"installation\": \"" + installationKey() + "\"}"),
                session.postJson("/devices", "{\"name\": \"Chrome\", \"attempt\": 1}"),
                session.postJson("/devices", "{\"name\": \"Chrome\", \"installation\": \""
                        + installationKey() + "\", \"attempt\": 99999999999}"));

        assertThat(refused).allSatisfy(page -> {
            assertThat(page.status()).as(page.body()).isEqualTo(400);
            assertThat(JSON.readTree(page.body()).get("status").asInt()).as("a problem").isEqualTo(400);
        });
        assertThat(admin.get("/api/admin/devices?user=" + username).json()).isEmpty();
    }

    private static JsonNode enrolled(PageSession.Page page) {
        assertThat(page.status()).as(page.body()).isEqualTo(201);
        return JSON.readTree(page.body());
    }

    private static String enrolment(String name, String installation, int attempt) {
        return """
                {"name": "%s", "installation": "%s", "attempt": %d}""".formatted(name, installation, attempt);
    }

    private static String installationKey() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    private JsonNode enrol(String username, String name) {
        PageSession session = PageSession.logIn(api.baseUrl(), username, PASSWORD);
        PageSession.Page enrolled = session.postJson("/devices", "{\"name\": \"" + name + "\"}");
        assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
        return JSON.readTree(enrolled.body());
    }

    private Api withToken(String token) {
        return api.bearing(token);
    }

    private static String batch(String key) {
        return "{\"entries\": [{\"kind\": \"birth\", \"idempotencyKey\": \"" + key + "\", \"recordedAt\": \""
                + Instant.now().minusSeconds(60) + "\", \"body\": " + birth(UUID.randomUUID().toString()) + "}]}";
    }

    private static String birth(String id) {
        return """
                {"id": "%s", "givenName": "ນ້ອຍ", "familyName": "ແກ້ວ", "sex": "F", "dateOfBirth": "%s",
                 "placeOfBirth": {"province": "LA-XE", "district": "1501"}}""".formatted(id, TODAY.minusDays(2));
    }
}
