package io.tabien.registry.certificates.code;

import io.tabien.contracts.civil.CertificateKind;
import io.tabien.contracts.civil.Place;
import io.tabien.contracts.civil.Relationship;
import io.tabien.contracts.civil.Sex;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class CertificateCodeTest {

    private static final LocalDate ISSUED = LocalDate.of(2026, 3, 15);
    private static final CertificateClaims BIRTH = new CertificateClaims(CertificateKind.BIRTH_CERTIFICATE,
            UUID.fromString("1d1c8a52-1d9e-4a7b-9a53-0c4c2a7e9b11"), 4711, 2, ISSUED, "LA-XE",
            new CertificateClaims.Subject("ດາວ", "ສີສຸວັນ", "Dao", "Sisouvanh", Sex.F, LocalDate.of(2025, 1, 15),
                    new Place("LA-XE", "1501", "ບ້ານ ໜອງ"), null), null);

    @Test
    void aSignedCertificateVerifiesWithItsFields() throws Exception {
        TestKeys.Pair pair = TestKeys.fresh(ISSUED.minusYears(1), null);
        String code = CertificateCode.sign(BIRTH, pair.key(), pair.privateKey());

        CertificateCode.Verification verification = CertificateCode.verify(code, List.of(pair.key()));

        assertThat(code).startsWith("TB1:").matches("TB1:[0-9A-Z $%*+\\-./:]+");
        assertThat(verification.valid()).isTrue();
        assertThat(verification.claims()).isEqualTo(BIRTH);
        assertThat(verification.keyId()).isEqualTo(pair.key().keyId());
    }

    @Test
    void aFamilyBookExtractVerifiesWithItsMembers() throws Exception {
        TestKeys.Pair pair = TestKeys.fresh(ISSUED, ISSUED);
        CertificateClaims extract = new CertificateClaims(CertificateKind.FAMILY_BOOK_EXTRACT, UUID.randomUUID(), 9, 1,
                ISSUED, "1501", null, new CertificateClaims.Book("B-17", new Place("LA-XE", "1501", null), List.of(
                new CertificateClaims.Subject("ແສງ", "ສີສຸວັນ", null, null, Sex.M, LocalDate.of(1980, 1, 15), null,
                        Relationship.HEAD),
                new CertificateClaims.Subject("ດາວ", "ສີສຸວັນ", "Dao", null, Sex.F, LocalDate.of(2025, 1, 15),
                        new Place("LA-XE", "1501", "ບ້ານ ໜອງ"), Relationship.CHILD))));

        CertificateCode.Verification verification = CertificateCode.verify(
                CertificateCode.sign(extract, pair.key(), pair.privateKey()), List.of(pair.key()));

        assertThat(verification.valid()).isTrue();
        assertThat(verification.claims()).isEqualTo(extract);
    }

    @Test
    void aChangedFieldIsRefused() throws Exception {
        TestKeys.Pair pair = TestKeys.fresh(ISSUED, null);
        CoseSign1 signed = CoseSign1.decode(Base45.decode(CertificateCode.sign(BIRTH, pair.key(), pair.privateKey())
                .substring(4)));
        CertificateClaims older = new CertificateClaims(BIRTH.kind(), BIRTH.recordId(), BIRTH.recordVersion(),
                BIRTH.copyNumber(), BIRTH.issuedOn(), BIRTH.issuingOffice(), new CertificateClaims.Subject("ດາວ",
                "ສີສຸວັນ", "Dao", "Sisouvanh", Sex.F, LocalDate.of(2007, 1, 15), BIRTH.person().placeOfBirth(), null),
                null);
        String altered = "TB1:" + Base45.encode(new CoseSign1(signed.protectedHeader(), signed.keyId(), older.encode(),
                signed.signature()).encode());

        CertificateCode.Verification verification = CertificateCode.verify(altered, List.of(pair.key()));

        assertThat(verification.valid()).isFalse();
        assertThat(verification.problem()).contains("altered");
        assertThat(verification.claims()).as("fields that do not verify are not shown").isNull();
    }

    @Test
    void aChangedSignatureIsRefused() throws Exception {
        TestKeys.Pair pair = TestKeys.fresh(ISSUED, null);
        CoseSign1 signed = CoseSign1.decode(Base45.decode(CertificateCode.sign(BIRTH, pair.key(), pair.privateKey())
                .substring(4)));
        byte[] signature = signed.signature().clone();
        signature[10] ^= 0x01;
        String altered = "TB1:" + Base45.encode(new CoseSign1(signed.protectedHeader(), signed.keyId(),
                signed.payload(), signature).encode());

        assertThat(CertificateCode.verify(altered, List.of(pair.key())).valid()).isFalse();
    }

    @Test
    void aKeyOutsideTheListIsRefused() throws Exception {
        TestKeys.Pair listed = TestKeys.fresh(ISSUED, null);
        TestKeys.Pair other = TestKeys.fresh(ISSUED, null);

        CertificateCode.Verification verification = CertificateCode.verify(
                CertificateCode.sign(BIRTH, other.key(), other.privateKey()), List.of(listed.key()));

        assertThat(verification.valid()).isFalse();
        assertThat(verification.problem()).contains("not in the registry's key list");
    }

    @Test
    void aCertificateDatedOutsideItsKeysValidityIsRefused() throws Exception {
        TestKeys.Pair retired = TestKeys.fresh(ISSUED.minusYears(2), ISSUED.minusDays(1));

        CertificateCode.Verification verification = CertificateCode.verify(
                CertificateCode.sign(BIRTH, retired.key(), retired.privateKey()), List.of(retired.key()));

        assertThat(verification.valid()).isFalse();
        assertThat(verification.problem()).contains("not valid");
    }

    @Test
    void textThatIsNoCertificateCodeIsRefused() throws Exception {
        TestKeys.Pair pair = TestKeys.fresh(ISSUED, null);
        assertThat(CertificateCode.verify("https://example.org", List.of(pair.key())).valid()).isFalse();
        assertThat(CertificateCode.verify("TB1:not base45", List.of(pair.key())).problem()).contains("damaged");
        assertThat(CertificateCode.verify(null, List.of(pair.key())).valid()).isFalse();
    }
}
