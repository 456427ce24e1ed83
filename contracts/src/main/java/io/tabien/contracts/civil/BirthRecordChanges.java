package io.tabien.contracts.civil;

import io.tabien.contracts.Text;

import java.time.LocalDate;
import java.util.Set;

/**
 * New values for some fields of a birth record. A field is changed when it is listed in {@code fields}; a listed
 * field whose value here is null is cleared.
 */
public record BirthRecordChanges(
        Set<BirthRecordField> fields,
        String givenName,
        String familyName,
        String givenNameLatin,
        String familyNameLatin,
        Sex sex,
        LocalDate dateOfBirth,
        Place placeOfBirth,
        ParentReference mother,
        ParentReference father,
        @Text(maxLength = 400) String informant) {

    public BirthRecordChanges {
        fields = fields == null ? Set.of() : Set.copyOf(fields);
    }

    public boolean changes(BirthRecordField field) {
        return fields.contains(field);
    }
}
