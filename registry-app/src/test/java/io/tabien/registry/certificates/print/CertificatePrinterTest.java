package io.tabien.registry.certificates.print;

import io.tabien.contracts.civil.CertificateKind;
import io.tabien.contracts.civil.Place;
import io.tabien.contracts.civil.Relationship;
import io.tabien.contracts.civil.Sex;
import io.tabien.registry.certificates.CertificateProperties;
import io.tabien.registry.certificates.api.CertificatePdf;
import io.tabien.registry.certificates.code.CertificateClaims;
import io.tabien.registry.certificates.code.CertificateCode;
import io.tabien.registry.certificates.code.TestKeys;
import io.tabien.registry.platform.reference.DistrictView;
import io.tabien.registry.platform.reference.Geography;
import io.tabien.registry.platform.reference.ProvinceView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class CertificatePrinterTest {

    private static final LocalDate ISSUED = LocalDate.of(2026, 3, 15);

    @TempDir
    Path directory;

    @Test
    void theExtractOfALargeHouseholdStillCarriesACodeAPhoneCanRead() throws Exception {
        List<CertificateClaims.Subject> members = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            members.add(new CertificateClaims.Subject("ສະມາຊິກ" + i, "ພົມມະວົງສາ", "Member" + i, "Phommavongsa",
                    i % 2 == 0 ? Sex.F : Sex.M, LocalDate.of(1960 + i, 1 + i % 12, 1 + i), null,
                    i == 0 ? Relationship.HEAD : Relationship.CHILD));
        }
        CertificateClaims extract = new CertificateClaims(CertificateKind.FAMILY_BOOK_EXTRACT, UUID.randomUUID(), 4711,
                3, ISSUED, "1501", null, new CertificateClaims.Book("B-2026-0001", new Place("LA-XE", "1501",
                "ບ້ານ ໜອງບົວ"), members));
        TestKeys.Pair key = TestKeys.fresh(ISSUED, null);
        String code = CertificateCode.sign(extract, key.key(), key.privateKey());
        CertificateProperties properties = new CertificateProperties(null, null, null, directory.resolve("key"), null,
                null, "https://registry.example.la/verify", 500);
        CertificateTemplates templates = new CertificateTemplates(properties, JsonMapper.builder().build());

        byte[] pdf = new CertificatePrinter(new Geography(List.of(new ProvinceView("LA-XE", "15", "Sekong", "ເຊກອງ")),
                List.of(new DistrictView("1501", "LA-XE", "Lamarm", "ລະມາມ"))), properties)
                .print(List.of(new CertificatePrinter.Page(templates.of(CertificateKind.FAMILY_BOOK_EXTRACT), extract,
                        code)));

        CertificatePdf printed = new CertificatePdf(pdf);
        assertThat(code.length()).as("a code beyond what level M holds in the largest QR code").isGreaterThan(2331);
        // The largest QR code is drawn at 1.5 points a module: a phone reads it, a scan at 300 dpi too.
        assertThat(printed.qrCode(printed.pages() - 1)).isEqualTo(code);
        assertThat(printed.text()).contains("ສະມາຊິກ15 ພົມມະວົງສາ", "Member15", "registry.example.la/verify");
        assertThat(CertificateCode.verify(code, List.of(key.key())).valid()).isTrue();
    }
}
