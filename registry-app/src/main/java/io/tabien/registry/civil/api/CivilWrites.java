package io.tabien.registry.civil.api;

import io.tabien.contracts.civil.AddFamilyMember;
import io.tabien.contracts.civil.ChangeHeadOfHousehold;
import io.tabien.contracts.civil.CorrectBirthRecord;
import io.tabien.contracts.civil.FamilyBookId;
import io.tabien.contracts.civil.IssueFamilyBook;
import io.tabien.contracts.civil.PersonId;
import io.tabien.contracts.civil.Place;
import io.tabien.contracts.civil.RegisterDeath;
import io.tabien.contracts.civil.RemoveFamilyMember;
import io.tabien.contracts.civil.ReplaceFamilyBook;
import io.tabien.contracts.civil.ReviewDuplicateBirth;
import io.tabien.registry.web.Write;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * The civil registry's writes as their endpoints take them, made once for a request that arrives alone and for an
 * entry of a sync batch. {@code expectedVersion} is the version the change was based on, or null.
 */
@Component
class CivilWrites {

    static final String PERSONS = "/api/persons";
    static final String FAMILY_BOOKS = "/api/family-books";

    private final BirthRecordChangesReader changesReader;

    CivilWrites(BirthRecordChangesReader changesReader) {
        this.changesReader = changesReader;
    }

    Write<PersonId> birth(RegisterBirthRequest request) {
        PersonId personId = request.id() != null ? new PersonId(request.id()) : PersonId.random();
        return new Write<>("/api/births", personId, request.toCommand(personId), request, PersonId.class, PERSONS);
    }

    Write<Void> correction(UUID id, CorrectionRequest request, Long expectedVersion) {
        PersonId person = new PersonId(id);
        return Write.changing(PERSONS + "/" + id + "/corrections", person, new CorrectBirthRecord(person,
                changesReader.read(request.changes()), request.reason(), request.evidence(), expectedVersion), request);
    }

    Write<Void> death(UUID id, DeathRequest request, Long expectedVersion) {
        PersonId person = new PersonId(id);
        return Write.changing(PERSONS + "/" + id + "/death", person, new RegisterDeath(person, request.dateOfDeath(),
                request.placeOfDeath().toPlace(), request.cause(), expectedVersion), request);
    }

    Write<Void> duplicateReview(UUID id, DuplicateReviewRequest request, Long expectedVersion) {
        PersonId person = new PersonId(id);
        return Write.changing(PERSONS + "/" + id + "/duplicate-review", person, new ReviewDuplicateBirth(person,
                new PersonId(request.otherPersonId()), request.decision(), request.reason(), expectedVersion), request);
    }

    Write<FamilyBookId> familyBook(FamilyBookRequests.Issue request) {
        FamilyBookId id = request.id() != null ? new FamilyBookId(request.id()) : FamilyBookId.random();
        var command = new IssueFamilyBook(id, request.bookNumber(),
                new Place(request.province(), request.district(), blankToNull(request.village())),
                new PersonId(request.headPersonId()), request.issuedOn());
        return Write.creating(FAMILY_BOOKS, id, command, request, FamilyBookId.class);
    }

    Write<Void> addMember(UUID id, FamilyBookRequests.AddMember request, Long expectedVersion) {
        FamilyBookId book = new FamilyBookId(id);
        return Write.changing(FAMILY_BOOKS + "/" + id + "/members", book, new AddFamilyMember(book,
                new PersonId(request.personId()), request.relationship(), request.reason(), request.effectiveDate(),
                expectedVersion), request);
    }

    Write<Void> removeMember(UUID id, UUID personId, FamilyBookRequests.RemoveMember request, Long expectedVersion) {
        FamilyBookId book = new FamilyBookId(id);
        return Write.changing(FAMILY_BOOKS + "/" + id + "/members/" + personId + "/removal", book,
                new RemoveFamilyMember(book, new PersonId(personId), request.reason(), request.effectiveDate(),
                        expectedVersion), request);
    }

    Write<Void> changeHead(UUID id, FamilyBookRequests.ChangeHead request, Long expectedVersion) {
        FamilyBookId book = new FamilyBookId(id);
        return Write.changing(FAMILY_BOOKS + "/" + id + "/head", book,
                new ChangeHeadOfHousehold(book, new PersonId(request.personId()), expectedVersion), request);
    }

    Write<Void> replacement(UUID id, FamilyBookRequests.Replace request, Long expectedVersion) {
        FamilyBookId book = new FamilyBookId(id);
        return Write.changing(FAMILY_BOOKS + "/" + id + "/replacement", book,
                new ReplaceFamilyBook(book, request.newBookNumber(), request.reason(), expectedVersion), request);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
