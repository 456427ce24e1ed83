package io.tabien.registry.audit.report;

import io.tabien.registry.support.Api;
import io.tabien.registry.support.CivilClient;
import tools.jackson.databind.JsonNode;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The facts the report tests record, sent over HTTP as the officers who record them would send them, so that the
 * report is checked against events made the way production makes them.
 */
final class ReportScenario {

    private final Api labourOfficer;
    private final CivilClient registrar;

    ReportScenario(Api labourOfficer, CivilClient registrar) {
        this.labourOfficer = labourOfficer;
        this.registrar = registrar;
    }

    String worker(String dateOfBirth) {
        return registrar.person("ແສງ", "ວົງສາ", dateOfBirth, "LA-AT", "1701");
    }

    String contract(String worker, String channel, String destination, String signedOn) {
        Api.Response registered = labourOfficer.post("/api/contracts", """
                {"workerPersonId": "%s", "channel": "%s", "employerName": "Gulf Facilities Co.",
                 "destinationCountry": "%s", "sector": "CONSTRUCTION", "jobTitle": "mason",
                 "monthlyWage": {"amount": 1800, "currency": "QAR"}, "durationMonths": 24,
                 "contractLanguage": "lo", "signedOn": "%s"}""".formatted(worker, channel, destination, signedOn));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        return registered.json().get("id").asString();
    }

    void approve(String contract, String on) {
        ok(labourOfficer.post("/api/contracts/" + contract + "/approval", "{\"approvedOn\": \"" + on + "\"}"));
    }

    void depart(String contract, String on) {
        ok(labourOfficer.post("/api/contracts/" + contract + "/departure",
                "{\"departedOn\": \"" + on + "\", \"checkpoint\": \"Wattay\"}"));
    }

    void returnHome(String contract, String on) {
        ok(labourOfficer.post("/api/contracts/" + contract + "/return",
                "{\"returnedOn\": \"" + on + "\", \"checkpoint\": \"Wattay\", \"reason\": \"END_OF_CONTRACT\"}"));
    }

    void returnWithoutContract(String person, String on) {
        Api.Response registered = labourOfficer.post("/api/returns", """
                {"personId": "%s", "returnedOn": "%s", "checkpoint": "Wattay", "fromCountry": "QA",
                 "workedAbroad": true}""".formatted(person, on));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    }

    void fee(String contract, String payer, String type, String amount, String currency, String paidOn) {
        ok(labourOfficer.post("/api/contracts/" + contract + "/fees", """
                {"payer": "%s", "payeeName": "Clinic", "type": "%s", "amount": {"amount": %s, "currency": "%s"},
                 "paidOn": "%s", "receiptNumber": "R-%s"}"""
                .formatted(payer, type, amount, currency, paidOn, UUID.randomUUID().toString().substring(0, 8))));
    }

    String agency(String from, String until) {
        Api.Response licensed = labourOfficer.post("/api/agencies", """
                {"name": "Annual Report Recruitment", "licenceNumber": "LIC-%s", "address": "Ban Xaysettha",
                 "licensedFrom": "%s", "licensedUntil": "%s", "destinations": ["QA"], "sectors": ["CONSTRUCTION"]}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8), from, until));
        assertThat(licensed.status()).as(licensed.body()).isEqualTo(201);
        return licensed.json().get("id").asString();
    }

    private static void ok(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    /** The count of the row of {@code section} with exactly these keys, 0 when the report has no such row. */
    static Object count(AnnualReportView report, String section, Map<String, String> keys) {
        AnnualReportView.Row row = row(report, section, keys);
        return row == null ? 0L : row.count();
    }

    static AnnualReportView.Row row(AnnualReportView report, String section, Map<String, String> keys) {
        return report.sections().stream()
                .filter(candidate -> candidate.name().equals(section))
                .findFirst().orElseThrow(() -> new AssertionError("no section " + section))
                .rows().stream()
                .filter(row -> row.keys().equals(keys))
                .findFirst().orElse(null);
    }

    /** How much a count grew between two reports an auditor read. */
    static long growth(AnnualReportView before, AnnualReportView after, String section, Map<String, String> keys) {
        return (Long) count(after, section, keys) - (Long) count(before, section, keys);
    }

    /** The count of a row in the JSON form, as text, or null when there is no such row. */
    static JsonNode jsonCount(JsonNode report, String section, Map<String, String> keys) {
        for (JsonNode candidate : report.get("sections")) {
            if (!candidate.get("name").asString().equals(section)) {
                continue;
            }
            for (JsonNode row : candidate.get("rows")) {
                boolean matches = row.get("keys").size() == keys.size() && keys.entrySet().stream()
                        .allMatch(key -> row.get("keys").has(key.getKey())
                                && Objects.equals(row.get("keys").get(key.getKey()).asString(), key.getValue()));
                if (matches) {
                    return row;
                }
            }
        }
        return null;
    }
}
