package io.tabien.registry.certificates.print;

import io.tabien.contracts.civil.CertificateKind;
import io.tabien.registry.certificates.CertificateProperties;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The template of each kind of certificate: {@code <kind>.json} from the configured template directory when it holds
 * one, else the one the registry ships ({@code certificates/templates/} on the classpath). Read once, at start, so
 * that a broken template stops the start instead of a registrar's print.
 */
@Component
public class CertificateTemplates {

    private final Map<CertificateKind, CertificateTemplate> templates = new EnumMap<>(CertificateKind.class);

    CertificateTemplates(CertificateProperties properties, JsonMapper json) {
        for (CertificateKind kind : CertificateKind.values()) {
            String file = fileName(kind);
            Path override = properties.templateDirectory() == null ? null : properties.templateDirectory().resolve(file);
            try (InputStream in = override != null && Files.isRegularFile(override) ? Files.newInputStream(override)
                    : new ClassPathResource("certificates/templates/" + file).getInputStream()) {
                templates.put(kind, json.readValue(in, CertificateTemplate.class));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the certificate template " + file, e);
            } catch (RuntimeException e) {
                throw new IllegalStateException("The certificate template " + file + " is not a valid template: "
                        + e.getMessage(), e);
            }
        }
    }

    public CertificateTemplate of(CertificateKind kind) {
        return templates.get(kind);
    }

    static String fileName(CertificateKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + ".json";
    }
}
