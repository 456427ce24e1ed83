package io.tabien.registry.certificates.code;

import com.upokecenter.cbor.CBORObject;
import com.upokecenter.cbor.CBORType;
import io.tabien.contracts.civil.CertificateKind;
import io.tabien.contracts.civil.Place;
import io.tabien.contracts.civil.Relationship;
import io.tabien.contracts.civil.Sex;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What a certificate's QR code signs: its essential fields, as a CBOR map with short keys so that the code stays
 * small. The keys, which the verification page reads too:
 * <pre>
 * k  kind: "B" birth certificate, "F" family-book extract     p  the person (birth certificate)
 * id record id (text)     v  record version (global index)    n  family book number (extract)
 * c  copy number          d  issue date (YYYY-MM-DD)          a  family book address (extract)
 * o  issuing office                                           m  members (extract), each a person
 * person: g given name, f family name, gl / fl their romanized forms, s sex (F, M, X), b date of birth,
 *         pb place of birth [province, district, village] (birth certificate), r relationship to the head (extract)
 * </pre>
 * Absent values are left out. Text is signed exactly as the record holds it.
 */
public record CertificateClaims(
        CertificateKind kind,
        UUID recordId,
        long recordVersion,
        int copyNumber,
        LocalDate issuedOn,
        String issuingOffice,
        Subject person,
        Book book) {

    public record Subject(String givenName, String familyName, String givenNameLatin, String familyNameLatin, Sex sex,
                          LocalDate dateOfBirth, Place placeOfBirth, Relationship relationship) {
    }

    public record Book(String number, Place address, List<Subject> members) {
    }

    public byte[] encode() {
        CBORObject map = CBORObject.NewOrderedMap();
        map.Add("k", kind == CertificateKind.BIRTH_CERTIFICATE ? "B" : "F");
        map.Add("id", recordId.toString());
        map.Add("v", recordVersion);
        map.Add("c", copyNumber);
        map.Add("d", issuedOn.toString());
        put(map, "o", issuingOffice);
        if (person != null) {
            map.Add("p", subject(person));
        }
        if (book != null) {
            map.Add("n", book.number());
            map.Add("a", place(book.address()));
            CBORObject members = CBORObject.NewArray();
            book.members().forEach(member -> members.Add(subject(member)));
            map.Add("m", members);
        }
        return map.EncodeToBytes();
    }

    /** @throws IllegalArgumentException when the bytes are not claims of this shape */
    public static CertificateClaims decode(byte[] bytes) {
        try {
            CBORObject map = CBORObject.DecodeFromBytes(bytes);
            CertificateKind kind = switch (text(map, "k")) {
                case "B" -> CertificateKind.BIRTH_CERTIFICATE;
                case "F" -> CertificateKind.FAMILY_BOOK_EXTRACT;
                default -> throw new IllegalArgumentException("unknown kind");
            };
            Book book = null;
            if (map.ContainsKey("m")) {
                List<Subject> members = new ArrayList<>();
                for (CBORObject member : map.get("m").getValues()) {
                    members.add(subject(member));
                }
                book = new Book(text(map, "n"), place(map.get("a")), List.copyOf(members));
            }
            return new CertificateClaims(kind, UUID.fromString(text(map, "id")), map.get("v").AsInt64Value(),
                    map.get("c").AsInt32Value(), LocalDate.parse(text(map, "d")), text(map, "o"),
                    map.ContainsKey("p") ? subject(map.get("p")) : null, book);
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("The signed fields are not a certificate's", e);
        }
    }

    private static CBORObject subject(Subject subject) {
        CBORObject map = CBORObject.NewOrderedMap();
        put(map, "g", subject.givenName());
        put(map, "f", subject.familyName());
        put(map, "gl", subject.givenNameLatin());
        put(map, "fl", subject.familyNameLatin());
        put(map, "s", subject.sex() == null ? null : subject.sex().name());
        put(map, "b", subject.dateOfBirth() == null ? null : subject.dateOfBirth().toString());
        if (subject.placeOfBirth() != null) {
            map.Add("pb", place(subject.placeOfBirth()));
        }
        put(map, "r", subject.relationship() == null ? null : subject.relationship().name());
        return map;
    }

    private static Subject subject(CBORObject map) {
        String sex = text(map, "s");
        String born = text(map, "b");
        String relationship = text(map, "r");
        return new Subject(text(map, "g"), text(map, "f"), text(map, "gl"), text(map, "fl"),
                sex == null ? null : Sex.valueOf(sex), born == null ? null : LocalDate.parse(born),
                map.ContainsKey("pb") ? place(map.get("pb")) : null,
                relationship == null ? null : Relationship.valueOf(relationship));
    }

    private static CBORObject place(Place place) {
        CBORObject array = CBORObject.NewArray();
        array.Add(orNull(place.province()));
        array.Add(orNull(place.district()));
        array.Add(orNull(place.village()));
        return array;
    }

    private static Place place(CBORObject array) {
        return new Place(textAt(array, 0), textAt(array, 1), textAt(array, 2));
    }

    private static void put(CBORObject map, String key, String value) {
        if (value != null) {
            map.Add(key, value);
        }
    }

    private static CBORObject orNull(String value) {
        return value == null ? CBORObject.Null : CBORObject.FromObject(value);
    }

    private static String text(CBORObject map, String key) {
        CBORObject value = map.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.getType() != CBORType.TextString) {
            throw new IllegalArgumentException(key + " is not text");
        }
        return value.AsString();
    }

    private static String textAt(CBORObject array, int index) {
        CBORObject value = array.get(index);
        return value == null || value.isNull() ? null : value.AsString();
    }
}
