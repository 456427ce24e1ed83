package io.tabien.contracts.civil;

/** The fields of a birth record that a correction may change, by their name in the API. */
public enum BirthRecordField {
    givenName(true),
    familyName(true),
    givenNameLatin(false),
    familyNameLatin(false),
    sex(true),
    dateOfBirth(true),
    placeOfBirth(true),
    mother(false),
    father(false),
    informant(false);

    private final boolean required;

    BirthRecordField(boolean required) {
        this.required = required;
    }

    /** A required field can be changed but not cleared. */
    public boolean required() {
        return required;
    }
}
