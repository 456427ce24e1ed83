package io.tabien.registry.platform.metrics;

import io.tabien.registry.platform.axon.ParkedProcessingGroups;
import io.tabien.registry.security.Devices;
import io.tabien.registry.support.Api;
import io.tabien.registry.support.CivilClient;
import io.tabien.registry.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.ObservationFilterChainDecorator;
import org.springframework.test.util.ReflectionTestUtils;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Prometheus scrapes the registry's metrics as an administrator or auditor, and finds nothing personal in them. */
class MetricsHttpTest extends IntegrationTest {

    private static final String PROMETHEUS = "/actuator/prometheus";
    private static final Path DASHBOARD = Path.of("..", "docs", "grafana", "tabien-dashboard.json");
    /** The metric names a dashboard's query may use: the registry's own, and those of its server and pool. */
    private static final Pattern METRIC_NAME = Pattern.compile("\\b(?:tabien|http_server_requests|hikaricp)_[a-z0-9_]+");

    @Autowired
    private ParkedProcessingGroups parkedGroups;
    @Autowired
    private FilterChainProxy securityFilters;

    @Test
    void scrapingTakesAnAdministratorOrAnAuditor() {
        Api.Response anonymous = api.get(PROMETHEUS);
        Api.Response registrar = user("REGISTRAR", "LA-XE").get(PROMETHEUS);
        Api.Response administrator = admin.get(PROMETHEUS);
        Api.Response auditor = user("AUDITOR", null).get(PROMETHEUS);

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).isEqualTo("application/problem+json");
        assertThat(registrar.status()).isEqualTo(403);
        assertThat(registrar.contentType()).isEqualTo("application/problem+json");
        assertThat(administrator.status()).isEqualTo(200);
        assertThat(administrator.contentType()).startsWith("text/plain");
        assertThat(administrator.body()).contains("# TYPE tabien_processor_lag_events gauge");
        assertThat(auditor.status()).isEqualTo(200);
    }

    @Test
    void commandsCountAsHandledAndRefusedByTypeAndRuleWithoutAnythingPersonal() {
        Map<String, String> handled = Map.of("command", "RegisterBirth", "outcome", "handled", "rule", "none");
        Map<String, String> refused = Map.of("command", "RegisterBirth", "outcome", "refused", "rule", "DateInFuture");
        Scrape before = scrape();
        CivilClient registrar = new CivilClient(user("REGISTRAR", "LA-XE"));
        String givenName = "Metricname" + UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9-]", "x");

        String person = registrar.person(givenName, "Keomany", "2026-01-05", "LA-XE", "1501");
        Api.Response future = registrar.registerBirth(givenName, "Keomany", null,
                LocalDate.now().plusDays(5).toString(), "LA-XE", "1501", null, null);

        assertThat(future.status()).isEqualTo(422);
        String text = admin.get(PROMETHEUS).body();
        Scrape after = Scrape.of(text);
        assertThat(after.sum("tabien_commands_total", handled)).isEqualTo(before.sum("tabien_commands_total", handled) + 1);
        assertThat(after.sum("tabien_commands_total", refused)).isEqualTo(before.sum("tabien_commands_total", refused) + 1);
        assertThat(text).doesNotContain(givenName).doesNotContain(person);
    }

    @Test
    void eachProcessorReportsItsLagAndEachParkedGroupItsDeadLetters() {
        new CivilClient(user("REGISTRAR", "LA-XE")).person("Noy", "Keomany", "2026-01-06", "LA-XE", "1501");
        JsonNode caughtUp = admin.get("/actuator/health").json().get("components").get("projectionsCaughtUp")
                .get("details");
        Set<String> processors = new TreeSet<>();
        caughtUp.propertyNames().forEach(name -> {
            if (caughtUp.get(name).isObject()) {
                processors.add(name);
            }
        });
        assertThat(processors).isNotEmpty();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Scrape scrape = scrape();
            for (String processor : processors) {
                Map<String, String> tags = Map.of("processor", processor);
                assertThat(scrape.of("tabien_processor_lag_events", tags)).as(processor).singleElement()
                        .satisfies(lag -> assertThat(lag.value()).isZero());
                assertThat(scrape.of("tabien_processor_lag_seconds", tags)).as(processor).singleElement()
                        .satisfies(lag -> assertThat(lag.value()).isZero());
            }
        });
        Scrape scrape = scrape();
        assertThat(parkedGroups.names()).isNotEmpty().allSatisfy(group ->
                assertThat(scrape.of("tabien_dead_letters", Map.of("group", group))).as(group).singleElement()
                        .satisfies(parked -> assertThat(parked.value()).isGreaterThanOrEqualTo(0)));
    }

    @Test
    void syncBatchesCountTheirEntriesByOutcomeAndTheOutboxItsRefusals() {
        Api registrar = user("REGISTRAR", "LA-XE");
        String key = UUID.randomUUID().toString();
        Scrape before = scrape();

        registrar.post("/api/sync", batch(entry(key, "2026-01-07"), entry(UUID.randomUUID().toString(),
                LocalDate.now().plusDays(5).toString())));
        registrar.post("/api/sync", batch(entry(key, "2026-01-07")));
        registrar.post("/api/sync", batch(entry(key, "2026-01-08")));
        Api.Response unknownDevice = api.bearing(Devices.TOKEN_PREFIX + "A".repeat(43)).post("/sync",
                batch(entry(UUID.randomUUID().toString(), "2026-01-09")));

        assertThat(unknownDevice.status()).isEqualTo(401);
        Scrape after = scrape();
        assertThat(increase(before, after, "tabien_sync_batches_total", Map.of())).isEqualTo(3);
        assertThat(increase(before, after, "tabien_sync_entries_total", Map.of("kind", "birth", "outcome", "accepted")))
                .isEqualTo(1);
        assertThat(increase(before, after, "tabien_sync_entries_total", Map.of("kind", "birth", "outcome", "replayed")))
                .isEqualTo(1);
        assertThat(increase(before, after, "tabien_sync_entries_total",
                Map.of("kind", "birth", "outcome", "refused", "rule", "DateInFuture"))).isEqualTo(1);
        assertThat(increase(before, after, "tabien_sync_entries_total",
                Map.of("kind", "birth", "outcome", "refused", "rule", "IdempotencyKeyReused"))).isEqualTo(1);
        assertThat(increase(before, after, "tabien_outbox_refusals_total", Map.of("reason", "IdempotencyKeyReused")))
                .isEqualTo(1);
        assertThat(increase(before, after, "tabien_outbox_refusals_total", Map.of("reason", "device-unknown")))
                .isEqualTo(1);
        assertThat(increase(before, after, "tabien_commands_total", Map.of("command", "RegisterBirth", "outcome",
                "handled"))).as("counted once its batch committed").isEqualTo(1);
    }

    @Test
    void checkpointAgeDatabasePoolAndRequestLatencyByRoutePatternAreReported() {
        Api registrar = user("REGISTRAR", "LA-XE");
        String person = new CivilClient(registrar).person("Noy", "Keomany", "2026-01-10", "LA-XE", "1501");
        assertThat(registrar.get("/api/persons/" + person).status()).isEqualTo(200);

        // A request is timed once its answer has gone out.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(scrape().of(
                "http_server_requests_seconds_bucket", Map.of("uri", "/api/persons/{id}", "method", "GET")))
                .isNotEmpty());
        Scrape scrape = scrape();
        assertThat(scrape.names()).contains("tabien_audit_checkpoint_age_seconds", "tabien_audit_unsigned_links",
                "hikaricp_connections_active", "hikaricp_connections_max", "hikaricp_connections_pending");
        assertThat(scrape.samples()).noneMatch(sample -> sample.labels().getOrDefault("uri", "").contains(person));
    }

    @Test
    void aRequestIsMeasuredAsAWholeAndNotFilterByFilter() {
        Api registrar = user("REGISTRAR", "LA-XE");
        assertThat(registrar.get("/api/persons?q=Noy").status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(scrape().of(
                "http_server_requests_seconds_bucket", Map.of("uri", "/api/persons", "method", "GET"))).isNotEmpty());
        assertThat(scrape().names()).noneMatch(name -> name.startsWith("spring_security"));
        assertThat(ReflectionTestUtils.getField(securityFilters, "filterChainDecorator"))
                .as("no observation wraps each security filter")
                .isNotInstanceOf(ObservationFilterChainDecorator.class);
    }

    @Test
    void theDashboardAsksOnlyForMetricsTheRegistryExports() throws IOException {
        // Counters appear once they have counted: one of each kind of event first.
        syncBatchesCountTheirEntriesByOutcomeAndTheOutboxItsRefusals();
        commandsCountAsHandledAndRefusedByTypeAndRuleWithoutAnythingPersonal();
        String dashboard = Files.readString(DASHBOARD);
        List<String> asked = new ArrayList<>();
        Matcher name = METRIC_NAME.matcher(dashboard);
        while (name.find()) {
            asked.add(name.group());
        }

        assertThat(asked).isNotEmpty();
        assertThat(scrape().names()).containsAll(asked);
    }

    private Scrape scrape() {
        Api.Response scrape = admin.get(PROMETHEUS);
        assertThat(scrape.status()).isEqualTo(200);
        return Scrape.of(scrape.body());
    }

    private static double increase(Scrape before, Scrape after, String name, Map<String, String> labels) {
        return after.sum(name, labels) - before.sum(name, labels);
    }

    private static String batch(String... entries) {
        return "{\"entries\": [" + String.join(", ", entries) + "]}";
    }

    private static String entry(String key, String dateOfBirth) {
        return """
                {"kind": "birth", "idempotencyKey": "%s", "body": {"givenName": "Noy", "familyName": "Keomany",
                 "sex": "F", "dateOfBirth": "%s", "placeOfBirth": {"province": "LA-XE", "district": "1501",
                 "village": "Ban Phon"}, "mother": {"name": "Noy Keomany"}, "informant": "Noy Keomany"}}"""
                .formatted(key, dateOfBirth);
    }
}
