package io.tabien.registry.civil.api;

import io.tabien.contracts.civil.ParentReference;
import io.tabien.contracts.civil.PersonId;
import io.tabien.contracts.civil.FamilyBookId;
import io.tabien.contracts.civil.RegisterBirth;
import io.tabien.contracts.civil.Sex;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A birth as a registrar enters it. {@code id} lets an offline client choose the person's id itself; with
 * {@code familyBookId} the child is entered in that household.
 */
record RegisterBirthRequest(
        UUID id,
        @NotBlank @Size(max = 200) String givenName,
        @NotBlank @Size(max = 200) String familyName,
        @Size(max = 200) String givenNameLatin,
        @Size(max = 200) String familyNameLatin,
        @NotNull Sex sex,
        @NotNull LocalDate dateOfBirth,
        @NotNull @Valid PlaceRequest placeOfBirth,
        @Valid ParentRequest mother,
        @Valid ParentRequest father,
        @Size(max = 400) String informant,
        UUID familyBookId) {

    record ParentRequest(UUID personId, @Size(max = 400) String name) {
    }

    RegisterBirth toCommand(PersonId personId) {
        return new RegisterBirth(personId, givenName, familyName, givenNameLatin, familyNameLatin, sex, dateOfBirth,
                placeOfBirth.toPlace(), parent(mother), parent(father), informant,
                familyBookId == null ? null : new FamilyBookId(familyBookId));
    }

    static ParentReference parent(ParentRequest parent) {
        if (parent == null || parent.personId() == null && (parent.name() == null || parent.name().isBlank())) {
            return null;
        }
        return new ParentReference(parent.personId() == null ? null : new PersonId(parent.personId()), parent.name());
    }
}
