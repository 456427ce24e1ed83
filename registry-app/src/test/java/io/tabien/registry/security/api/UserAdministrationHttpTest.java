package io.tabien.registry.security.api;

import io.tabien.registry.support.Api;
import io.tabien.registry.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class UserAdministrationHttpTest extends IntegrationTest {

    @Test
    void adminCreatesARegistrarWhoCanThenSignIn() {
        String username = "registrar-" + UUID.randomUUID().toString().substring(0, 8);

        Api.Response created = admin.post("/api/admin/users", """
                {"username": "%s", "password": "%s", "roles": ["REGISTRAR"], "office": "1501"}"""
                .formatted(username, PASSWORD));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/admin/users/" + username);
        assertThat(created.body()).doesNotContain(PASSWORD).doesNotContain("password");
        assertThat(created.json().get("office").asString()).isEqualTo("1501");
        assertThat(api.as(username, PASSWORD).get("/api/persons/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    @Test
    void passwordsAreStoredOnlyAsHashes() {
        String username = "officer-" + UUID.randomUUID().toString().substring(0, 8);
        admin.post("/api/admin/users", """
                {"username": "%s", "password": "%s", "roles": ["PASSPORT_OFFICER"]}""".formatted(username, PASSWORD));

        String stored = jdbc.queryForObject("select password_hash from app_user where username = ?", String.class,
                username);

        assertThat(stored).doesNotContain(PASSWORD).startsWith("{bcrypt}");
    }

    @Test
    void aTakenUserNameIsAConflict() {
        String username = "auditor-" + UUID.randomUUID().toString().substring(0, 8);
        String body = """
                {"username": "%s", "password": "%s", "roles": ["AUDITOR"]}""".formatted(username, PASSWORD);
        admin.post("/api/admin/users", body);

        Api.Response again = admin.post("/api/admin/users", body);

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).isEqualTo("application/problem+json");
    }

    @Test
    void theNameTheRegistryActsUnderIsTaken() {
        Api.Response refused = admin.post("/api/admin/users", """
                {"username": "tabien", "password": "%s", "roles": ["REGISTRAR"], "office": "LA-XE"}""".formatted(PASSWORD));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(jdbc.queryForObject("select count(*) from app_user where username = 'tabien'", Long.class)).isZero();
    }

    @Test
    void aRegistrarNeedsAProvinceOrADistrictThatExists() {
        assertOfficeRefused("REGISTRAR", null);
        assertOfficeRefused("REGISTRAR", "LA-ZZ");
        assertOfficeRefused("REGISTRAR", "9999");
        assertOfficeRefused("REGISTRAR", "LA");
        assertOfficeRefused("REGISTRAR", "TH");
        assertThat(createUser("REGISTRAR", "LA-XE").status()).isEqualTo(201);
        assertThat(createUser("REGISTRAR", "1501").status()).isEqualTo(201);
    }

    @Test
    void aLabourAttacheNeedsADestinationCountry() {
        assertOfficeRefused("LABOUR_ATTACHE", null);
        assertOfficeRefused("LABOUR_ATTACHE", "LA");
        assertOfficeRefused("LABOUR_ATTACHE", "LA-VT");
        assertOfficeRefused("LABOUR_ATTACHE", "ZZ");
        assertOfficeRefused("LABOUR_ATTACHE", "th");
        assertThat(createUser("LABOUR_ATTACHE", "TH").status()).isEqualTo(201);
    }

    @Test
    void nationalRolesHaveNoOfficeOrTheNationalOne() {
        for (String role : List.of("PASSPORT_OFFICER", "LABOUR_OFFICER", "AUDITOR", "ADMIN")) {
            assertOfficeRefused(role, "LA-XE");
            assertOfficeRefused(role, "1501");
            assertOfficeRefused(role, "TH");
            assertThat(createUser(role, null).status()).as(role).isEqualTo(201);
            assertThat(createUser(role, "LA").status()).as(role).isEqualTo(201);
        }
    }

    @Test
    void rolesThatWantOfficesOfDifferentKindsCannotBeCombined() {
        long users = userCount();

        Api.Response refused = admin.post("/api/admin/users", """
                {"username": "%s", "password": "%s", "roles": ["REGISTRAR", "AUDITOR"], "office": "LA-XE"}"""
                .formatted(newUsername(), PASSWORD));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("office");
        assertThat(refused.json().get("errors").get(0).get("message").asString()).contains("AUDITOR");
        assertThat(userCount()).isEqualTo(users);
    }

    @Test
    void unknownRoleAndShortPasswordAreBadRequests() {
        assertThat(admin.post("/api/admin/users", """
                {"username": "someone", "password": "%s", "roles": ["KING"]}""".formatted(PASSWORD)).status())
                .isEqualTo(400);
        Api.Response shortPassword = admin.post("/api/admin/users", """
                {"username": "someone", "password": "short", "roles": ["AUDITOR"]}""");
        assertThat(shortPassword.status()).isEqualTo(400);
        assertThat(shortPassword.json().get("errors").get(0).get("field").asString()).isEqualTo("password");
    }

    @Test
    void weakPasswordsAreRefusedNamingThePasswordAndRecordNothing() {
        String username = newUsername();
        long users = userCount();
        for (String weak : List.of("aaaaaaaaaaaa", "Qwerty123456", "1qaz2wsx3edc", "abcdefghijkl", "abcabcabcabc",
                "k".repeat(73), username)) {
            Api.Response refused = admin.post("/api/admin/users", """
                    {"username": "%s", "password": "%s", "roles": ["AUDITOR"]}""".formatted(username, weak));

            assertThat(refused.status()).as(weak).isEqualTo(400);
            assertThat(refused.contentType()).isEqualTo("application/problem+json");
            assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("password");
            assertThat(refused.body()).doesNotContain(weak);
        }
        assertThat(userCount()).isEqualTo(users);
    }

    @Test
    void aWeakPasswordAndAWrongOfficeAreNamedTogether() {
        Api.Response refused = admin.post("/api/admin/users", """
                {"username": "%s", "password": "aaaaaaaaaaaa", "roles": ["REGISTRAR"], "office": "LA-ZZ"}"""
                .formatted(newUsername()));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().findValuesAsString("field")).containsExactly("office", "password");
    }

    @Test
    void onlyAnAdminManagesUsers() {
        Api registrar = user("REGISTRAR", "LA-VT");

        assertThat(registrar.get("/api/admin/users").status()).isEqualTo(403);
        assertThat(registrar.post("/api/admin/users", """
                {"username": "made-by-registrar", "password": "%s", "roles": ["ADMIN"]}""".formatted(PASSWORD)).status())
                .isEqualTo(403);
        assertThat(api.anonymous().get("/api/admin/users").status()).isEqualTo(401);
    }

    @Test
    void adminListsUsersWithoutTheirPasswords() {
        user("LABOUR_OFFICER", null);

        Api.Response users = admin.get("/api/admin/users");

        assertThat(users.status()).isEqualTo(200);
        assertThat(users.json().findValuesAsString("username")).contains(ADMIN);
        assertThat(users.body()).doesNotContain("bcrypt").doesNotContain("password");
    }

    private void assertOfficeRefused(String role, String office) {
        long users = userCount();

        Api.Response refused = createUser(role, office);

        assertThat(refused.status()).as(role + " in " + office).isEqualTo(400);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("office");
        assertThat(userCount()).isEqualTo(users);
    }

    private Api.Response createUser(String role, String office) {
        String officeField = office == null ? "" : ", \"office\": \"" + office + "\"";
        return admin.post("/api/admin/users", """
                {"username": "%s", "password": "%s", "roles": ["%s"]%s}""".formatted(newUsername(), PASSWORD, role,
                officeField));
    }

    private static String newUsername() {
        return "user-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private long userCount() {
        Long count = jdbc.queryForObject("select count(*) from app_user", Long.class);
        return count == null ? 0 : count;
    }
}
