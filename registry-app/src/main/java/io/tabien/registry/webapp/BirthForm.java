package io.tabien.registry.webapp;

import io.tabien.contracts.civil.FamilyBookId;
import io.tabien.contracts.civil.ParentReference;
import io.tabien.contracts.civil.PersonId;
import io.tabien.contracts.civil.Place;
import io.tabien.contracts.civil.RegisterBirth;
import io.tabien.contracts.civil.Sex;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.util.UUID;

import static io.tabien.registry.webapp.FormText.blankToNull;

/**
 * The birth form as the registrar fills it in. {@code id} is chosen when the form is shown, so that a form sent twice
 * registers one birth; a parent is a registered person picked by search ({@code motherId}), a name as declared, or
 * both; the family book is given by its number in the district of birth.
 */
record BirthForm(
        UUID id,
        String givenName,
        String familyName,
        String givenNameLatin,
        String familyNameLatin,
        Sex sex,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dateOfBirth,
        String province,
        String district,
        String village,
        UUID motherId,
        String motherName,
        UUID fatherId,
        String fatherName,
        String informant,
        String familyBookNumber) {

    static BirthForm empty(String province, String district) {
        return new BirthForm(UUID.randomUUID(), null, null, null, null, null, null, province, district, null, null,
                null, null, null, null, null);
    }

    RegisterBirth toCommand(FamilyBookId familyBook) {
        return new RegisterBirth(new PersonId(id), givenName, familyName, blankToNull(givenNameLatin),
                blankToNull(familyNameLatin), sex, dateOfBirth,
                new Place(blankToNull(province), blankToNull(district), blankToNull(village)),
                parent(motherId, motherName), parent(fatherId, fatherName), blankToNull(informant), familyBook);
    }

    /** The form's name for a field the command names. */
    static String formField(String commandField) {
        if (commandField == null) {
            return null;
        }
        return switch (commandField) {
            case "placeOfBirth", "placeOfBirth.province" -> "province";
            case "placeOfBirth.district" -> "district";
            case "placeOfBirth.village" -> "village";
            case "mother", "mother.name" -> "motherName";
            case "mother.personId" -> "motherId";
            case "father", "father.name" -> "fatherName";
            case "father.personId" -> "fatherId";
            case "familyBookId" -> "familyBookNumber";
            default -> commandField;
        };
    }

    private static ParentReference parent(UUID personId, String name) {
        if (personId == null && blankToNull(name) == null) {
            return null;
        }
        return new ParentReference(personId == null ? null : new PersonId(personId), blankToNull(name));
    }
}
