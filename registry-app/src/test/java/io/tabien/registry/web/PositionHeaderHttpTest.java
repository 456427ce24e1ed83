package io.tabien.registry.web;

import io.tabien.registry.support.Api;
import io.tabien.registry.support.CivilClient;
import io.tabien.registry.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A read waits for a position another answer gave, and never for one no write has reached. */
class PositionHeaderHttpTest extends IntegrationTest {

    @Test
    void aPositionAnAnswerGaveIsWaitedFor() {
        CivilClient registrar = new CivilClient(user("REGISTRAR", "LA-XE"));
        Api.Response created = registrar.registerBirth("ແສງ", "ວົງສາ", null, "2025-03-01", "LA-XE", "1501", null, null);

        Api.Response read = user("AUDITOR", null).get(created.header("Location"), "Tabien-Position",
                created.header("Tabien-Position"));

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("Tabien-Consistency")).isEqualTo("current");
    }

    @Test
    void aPositionBeyondTheLastStoredEventIsRefusedAtOnce() {
        Api auditor = user("AUDITOR", null);
        long beyond = jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class) + 1_000;

        for (String position : List.of(Long.toString(Long.MAX_VALUE), Long.toString(beyond))) {
            Api.Response read = auditor.get("/api/flags?limit=1", "Tabien-Position", position);

            assertThat(read.status()).as(read.toString()).isEqualTo(400);
            assertThat(read.contentType()).isEqualTo("application/problem+json");
            assertThat(read.json().get("errors").findValuesAsString("field")).containsExactly("Tabien-Position");
        }
    }

    @Test
    void aPositionThatIsNoGlobalIndexIsRefused() {
        Api auditor = user("AUDITOR", null);

        for (String position : List.of("-1", "9223372036854775808", "latest")) {
            Api.Response read = auditor.get("/api/flags?limit=1", "Tabien-Position", position);

            assertThat(read.status()).as(position).isEqualTo(400);
            assertThat(read.json().get("errors").findValuesAsString("field")).containsExactly("Tabien-Position");
        }
    }
}
