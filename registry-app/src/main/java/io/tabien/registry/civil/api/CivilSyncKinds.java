package io.tabien.registry.civil.api;

import io.tabien.contracts.civil.RemovalReason;
import io.tabien.registry.sync.SyncKind;
import io.tabien.registry.sync.SyncKinds;
import jakarta.validation.constraints.NotNull;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.tabien.registry.civil.api.CivilWrites.FAMILY_BOOKS;
import static io.tabien.registry.civil.api.CivilWrites.PERSONS;

/** The civil registry's writes a registrar may capture offline and send in a sync batch. */
@Component
class CivilSyncKinds implements SyncKinds {

    /** Any member: who may remove a member is decided on the book, whoever the member is. */
    private static final UUID ANY_MEMBER = new UUID(0, 0);

    private final CivilWrites writes;

    CivilSyncKinds(CivilWrites writes) {
        this.writes = writes;
    }

    /** The removal's body with the member it removes, which the endpoint takes in its path. */
    record MemberRemoval(@NotNull UUID personId, @NotNull RemovalReason reason,
                         @NotNull LocalDate effectiveDate) {
    }

    @Override
    public List<SyncKind<?>> kinds() {
        return List.of(
                SyncKind.creating("birth", "/api/births", RegisterBirthRequest.class, writes::birth),
                SyncKind.changing("death", id -> PERSONS + "/" + id + "/death", DeathRequest.class, writes::death),
                SyncKind.changing("correction", id -> PERSONS + "/" + id + "/corrections", CorrectionRequest.class,
                        writes::correction),
                SyncKind.changing("duplicate-review", id -> PERSONS + "/" + id + "/duplicate-review",
                        DuplicateReviewRequest.class, writes::duplicateReview),
                SyncKind.creating("family-book", FAMILY_BOOKS, FamilyBookRequests.Issue.class, writes::familyBook),
                SyncKind.changing("family-book-member", id -> FAMILY_BOOKS + "/" + id + "/members",
                        FamilyBookRequests.AddMember.class, writes::addMember),
                SyncKind.changing("family-book-member-removal",
                        id -> FAMILY_BOOKS + "/" + id + "/members/" + ANY_MEMBER + "/removal", MemberRemoval.class,
                        (book, removal, version) -> writes.removeMember(book, removal.personId(),
                                new FamilyBookRequests.RemoveMember(removal.reason(), removal.effectiveDate()),
                                version)),
                SyncKind.changing("family-book-head", id -> FAMILY_BOOKS + "/" + id + "/head",
                        FamilyBookRequests.ChangeHead.class, writes::changeHead),
                SyncKind.changing("family-book-replacement", id -> FAMILY_BOOKS + "/" + id + "/replacement",
                        FamilyBookRequests.Replace.class, writes::replacement));
    }
}
