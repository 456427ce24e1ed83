package io.tabien.registry.security.api;

import io.tabien.registry.support.Api;
import io.tabien.registry.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Password guessing is slowed by locking user names and client addresses after repeated failures. Each test says it
 * comes from addresses of its own (the shared registry believes {@code X-Forwarded-For} from 127.0.0.1 in tests), so
 * that its locks reach no other test.
 */
class LoginThrottleHttpTest extends IntegrationTest {

    private static final String ANY_READ = "/api/reference/provinces";

    @Test
    void afterFiveFailedLoginsAUserNameIsRefusedWithTooManyRequestsFromEveryAddress() {
        String username = newAuditor();
        String attacker = address();
        for (int i = 0; i < 5; i++) {
            assertThat(login(username, "wrong-password-" + i, attacker).status()).isEqualTo(401);
        }

        Api.Response refused = login(username, PASSWORD, address());

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(refused.json().get("type").asString()).isEqualTo("/api/problems#too-many-failed-logins");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(lockedUntil(username)).isNotNull();
    }

    @Test
    void aSuccessfulLoginForgetsTheFailuresOfItsUserName() {
        String username = newAuditor();
        String from = address();
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 4; i++) {
                assertThat(login(username, "wrong-password-" + i, from).status()).isEqualTo(401);
            }
            assertThat(login(username, PASSWORD, from).status()).isEqualTo(200);
        }
        assertThat(lockedUntil(username)).isNull();
    }

    @Test
    void anAdministratorUnlocksALockedAccount() {
        String username = newAuditor();
        for (int i = 0; i < 5; i++) {
            login(username, "wrong-password-" + i, address());
        }
        assertThat(login(username, PASSWORD, address()).status()).isEqualTo(429);

        Api.Response unlocked = admin.post("/api/admin/users/" + username + "/unlock", "");

        assertThat(unlocked.status()).isEqualTo(204);
        assertThat(login(username, PASSWORD, address()).status()).isEqualTo(200);
        assertThat(lockedUntil(username)).isNull();
    }

    @Test
    void onlyAnAdministratorUnlocksAndOnlyAUserThatExists() {
        String username = newAuditor();

        Api.Response unknown = admin.post("/api/admin/users/nobody-" + UUID.randomUUID() + "/unlock", "");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).isEqualTo("application/problem+json");
        assertThat(api.as(username, PASSWORD).post("/api/admin/users/" + username + "/unlock", "").status())
                .isEqualTo(403);
        assertThat(api.anonymous().post("/api/admin/users/" + username + "/unlock", "").status()).isEqualTo(401);
    }

    @Test
    void afterFiftyFailedLoginsFromOneAddressEveryLoginFromItIsRefused() {
        String username = newAuditor();
        String sprayer = address();
        for (int i = 0; i < 50; i++) {
            // A different made-up name each time, so that no user name is locked: only the address.
            assertThat(login("sprayed-" + UUID.randomUUID(), PASSWORD, sprayer).status()).isEqualTo(401);
        }

        Api.Response refused = login(username, PASSWORD, sprayer);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(login(username, PASSWORD, address()).status()).isEqualTo(200);
        assertThat(lockedUntil(username)).isNull();
    }

    private String newAuditor() {
        String username = "auditor-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(admin.post("/api/admin/users", """
                {"username": "%s", "password": "%s", "roles": ["AUDITOR"]}""".formatted(username, PASSWORD)).status())
                .isEqualTo(201);
        return username;
    }

    private Api.Response login(String username, String password, String from) {
        return api.as(username, password).get(ANY_READ, "X-Forwarded-For", from);
    }

    private String lockedUntil(String username) {
        for (JsonNode user : admin.get("/api/admin/users").json()) {
            if (user.get("username").asString().equals(username)) {
                JsonNode lockedUntil = user.get("lockedUntil");
                return lockedUntil == null || lockedUntil.isNull() ? null : lockedUntil.asString();
            }
        }
        throw new AssertionError("user not listed: " + username);
    }

    /** An address of the IPv6 documentation range of this test's own: no traffic goes there, it is only a header. */
    static String address() {
        String random = UUID.randomUUID().toString().replace("-", "");
        return "2001:db8:" + random.substring(0, 4) + ":" + random.substring(4, 8) + "::" + random.substring(8, 12);
    }
}
