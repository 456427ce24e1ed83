package io.tabien.registry.support;

import java.util.UUID;

/** The civil-registry requests tests make again and again, as a registrar's client would send them. */
public final class CivilClient {

    private final Api api;

    public CivilClient(Api api) {
        this.api = api;
    }

    public Api api() {
        return api;
    }

    public Api.Response registerBirth(String givenName, String familyName, String givenNameLatin, String dateOfBirth,
                                      String province, String district, String motherName, String familyBookId) {
        return api.post("/api/births", """
                {"givenName": "%s", "familyName": "%s", %s "sex": "F", "dateOfBirth": "%s",
                 "placeOfBirth": {"province": "%s", %s "village": "Ban Nong"}
                 %s %s}""".formatted(givenName, familyName,
                givenNameLatin == null ? "" : "\"givenNameLatin\": \"" + givenNameLatin + "\",",
                dateOfBirth, province, district == null ? "" : "\"district\": \"" + district + "\",",
                motherName == null ? "" : ", \"mother\": {\"name\": \"" + motherName + "\"}",
                familyBookId == null ? "" : ", \"familyBookId\": \"" + familyBookId + "\""));
    }

    /** Registers a birth and answers the new person's id. */
    public String person(String givenName, String familyName, String dateOfBirth, String province, String district) {
        Api.Response created = registerBirth(givenName, familyName, null, dateOfBirth, province, district, null, null);
        if (created.status() != 201) {
            throw new IllegalStateException("birth not registered: " + created);
        }
        return created.json().get("id").asString();
    }

    public Api.Response issueFamilyBook(String bookNumber, String province, String district, String headPersonId) {
        return api.post("/api/family-books", """
                {"bookNumber": "%s", "province": "%s", "district": "%s", "village": "Ban Nong",
                 "headPersonId": "%s"}""".formatted(bookNumber, province, district, headPersonId));
    }

    public String familyBook(String province, String district, String headPersonId) {
        Api.Response issued = issueFamilyBook(uniqueNumber(), province, district, headPersonId);
        if (issued.status() != 201) {
            throw new IllegalStateException("family book not issued: " + issued);
        }
        return issued.json().get("id").asString();
    }

    public Api.Response addMember(String familyBookId, String personId, String relationship, String reason,
                                  String effectiveDate) {
        return api.post("/api/family-books/" + familyBookId + "/members", """
                {"personId": "%s", "relationship": "%s", "reason": "%s", "effectiveDate": "%s"}"""
                .formatted(personId, relationship, reason, effectiveDate));
    }

    public Api.Response registerDeath(String personId, String dateOfDeath, String province, String district) {
        return api.post("/api/persons/" + personId + "/death", """
                {"dateOfDeath": "%s", "placeOfDeath": {"province": "%s", "district": "%s"}}"""
                .formatted(dateOfDeath, province, district));
    }

    public static String uniqueNumber() {
        return "B-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
