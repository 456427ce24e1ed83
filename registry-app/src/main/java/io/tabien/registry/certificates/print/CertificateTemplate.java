package io.tabien.registry.certificates.print;

import java.util.List;
import java.util.Map;

/**
 * How one kind of certificate is laid out and labelled, in Lao with English beside it: read from a JSON file, so a
 * deployment changes the wording or the order without changing code.
 *
 * @param heading lines above the title
 * @param fields  the fields printed, in order, each with its label; for a birth certificate {@code familyName,
 *                givenName, familyNameLatin, givenNameLatin, sex, dateOfBirth, placeOfBirth}, for an extract
 *                {@code bookNumber, address}, for both {@code recordId, recordVersion, copyNumber, issuedOn,
 *                issuingOffice}
 * @param members for an extract, the members' table: its caption and columns ({@code name, nameLatin,
 *                relationship, sex, dateOfBirth})
 * @param values  labels of coded values: {@code sex.F}, {@code relationship.CHILD}, ...
 * @param footer  the sentence printed above the verification address, under the QR code
 */
public record CertificateTemplate(
        List<Label> heading,
        Label title,
        List<Field> fields,
        Members members,
        Map<String, Label> values,
        Label footer,
        Layout layout) {

    public record Label(String lo, String en) {
    }

    public record Field(String field, String lo, String en) {

        Label label() {
            return new Label(lo, en);
        }
    }

    public record Members(String lo, String en, List<Field> columns) {
    }

    /** Sizes in points. */
    public record Layout(float margin, float titleSize, float textSize, float labelSize, float qrSize) {
    }

    public CertificateTemplate {
        heading = heading == null ? List.of() : List.copyOf(heading);
        fields = fields == null ? List.of() : List.copyOf(fields);
        values = values == null ? Map.of() : Map.copyOf(values);
        if (title == null || layout == null) {
            throw new IllegalArgumentException("A certificate template needs a title and a layout");
        }
    }
}
