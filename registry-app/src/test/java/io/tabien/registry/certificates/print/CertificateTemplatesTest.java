package io.tabien.registry.certificates.print;

import io.tabien.contracts.civil.CertificateKind;
import io.tabien.contracts.civil.Place;
import io.tabien.contracts.civil.Sex;
import io.tabien.registry.certificates.CertificateProperties;
import io.tabien.registry.certificates.api.CertificatePdf;
import io.tabien.registry.certificates.code.CertificateClaims;
import io.tabien.registry.platform.reference.DistrictView;
import io.tabien.registry.platform.reference.Geography;
import io.tabien.registry.platform.reference.ProvinceView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A deployment changes a certificate's wording by a file of its own, without code. */
class CertificateTemplatesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Geography GEOGRAPHY = new Geography(
            List.of(new ProvinceView("LA-XE", "15", "Sekong", "ເຊກອງ")),
            List.of(new DistrictView("1501", "LA-XE", "Lamarm", "ລະມາມ")));

    @TempDir
    Path directory;

    @Test
    void aTemplateInTheConfiguredDirectoryReplacesTheShippedOneOfItsKindOnly() throws Exception {
        String shipped = new ClassPathResource("certificates/templates/birth-certificate.json")
                .getContentAsString(StandardCharsets.UTF_8);
        Files.writeString(directory.resolve("birth-certificate.json"), shipped
                .replace("\"Birth certificate\"", "\"Certificate of birth registration\"")
                .replace("\"ໃບຢັ້ງຢືນການເກີດ\"", "\"ໃບຢັ້ງຢືນການແຈ້ງເກີດ\""));

        CertificateTemplates templates = new CertificateTemplates(properties(directory), JSON);

        assertThat(templates.of(CertificateKind.BIRTH_CERTIFICATE).title())
                .isEqualTo(new CertificateTemplate.Label("ໃບຢັ້ງຢືນການແຈ້ງເກີດ", "Certificate of birth registration"));
        assertThat(templates.of(CertificateKind.FAMILY_BOOK_EXTRACT).title().en()).isEqualTo("Family book extract");

        byte[] pdf = new CertificatePrinter(GEOGRAPHY, properties(directory)).print(List.of(new CertificatePrinter.Page(
                templates.of(CertificateKind.BIRTH_CERTIFICATE), new CertificateClaims(
                CertificateKind.BIRTH_CERTIFICATE, UUID.randomUUID(), 7, 1, LocalDate.of(2026, 3, 15), "1501",
                new CertificateClaims.Subject("ນີ້", "ບໍ່ແກ້ວ", "Ni", "Bokeo", Sex.F, LocalDate.of(2026, 3, 1),
                        new Place("LA-XE", "1501", "ບ້ານ ໜອງ"), null), null), "TB1:0")));
        assertThat(new CertificatePdf(pdf).text()).contains("ໃບຢັ້ງຢືນການແຈ້ງເກີດ", "Certificate of birth registration",
                "ນີ້", "ບໍ່ແກ້ວ", "Bokeo", "ລະມາມ, ເຊກອງ", "Lamarm, Sekong", "15/03/2026");
    }

    @Test
    void aBrokenTemplateStopsTheStart() throws Exception {
        Files.writeString(directory.resolve("family-book-extract.json"), "{\"title\": {\"lo\": \"ປຶ້ມ\"}}");

        assertThatThrownBy(() -> new CertificateTemplates(properties(directory), JSON))
                .hasMessageContaining("family-book-extract.json");
    }

    private static CertificateProperties properties(Path templates) {
        return new CertificateProperties(null, null, null, templates.resolve("key"), null, templates, "/verify", 500);
    }
}
