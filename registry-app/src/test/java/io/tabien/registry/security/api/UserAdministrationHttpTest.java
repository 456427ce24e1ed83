package io.tabien.registry.security.api;

import io.tabien.registry.support.Api;
import io.tabien.registry.support.IntegrationTest;
import org.junit.jupiter.api.Test;

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
    void aRegistrarNeedsAnOfficeInLaos() {
        Api.Response refused = admin.post("/api/admin/users", """
                {"username": "registrar-without-office", "password": "%s", "roles": ["REGISTRAR"]}""".formatted(PASSWORD));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("field").asString()).isEqualTo("office");
    }

    @Test
    void aLabourAttacheNeedsADestinationCountry() {
        Api.Response refused = admin.post("/api/admin/users", """
                {"username": "attache-without-country", "password": "%s", "roles": ["LABOUR_ATTACHE"], "office": "LA-VT"}"""
                .formatted(PASSWORD));

        assertThat(refused.status()).isEqualTo(422);
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
}
