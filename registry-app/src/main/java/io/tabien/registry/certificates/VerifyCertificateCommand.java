package io.tabien.registry.certificates;

import io.tabien.registry.certificates.code.CertificateClaims;
import io.tabien.registry.certificates.code.CertificateCode;
import io.tabien.registry.certificates.code.CertificateKey;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code java -jar registry-app.jar verify-certificate --keys=<key list file> [--code=<text> | --code-file=<path>]}:
 * checks a certificate's QR code offline, without the registry: the signature against a copy of the key list
 * ({@code GET /api/certificates/keys}, saved as it came). Without {@code --code} or {@code --code-file} it reads the
 * code from standard input. Exit status 0 when genuine, 1 when not, 2 when it could not check.
 */
public final class VerifyCertificateCommand {

    private static final Set<String> OPTIONS = Set.of("keys", "code", "code-file");

    private VerifyCertificateCommand() {
    }

    public static int run(String[] args, InputStream in, PrintStream out) {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            int equals = arg.indexOf('=');
            if (!arg.startsWith("--") || equals < 0 || !OPTIONS.contains(arg.substring(2, equals))) {
                out.println("Unknown argument " + arg);
                return usage(out);
            }
            options.put(arg.substring(2, equals), arg.substring(equals + 1));
        }
        if (!options.containsKey("keys")) {
            out.println("Which keys? Give --keys, a copy of the registry's key list.");
            return usage(out);
        }
        if (options.containsKey("code") && options.containsKey("code-file")) {
            out.println("Give the code once: --code or --code-file, not both.");
            return usage(out);
        }
        List<CertificateKey> keys;
        String code;
        try {
            keys = keys(Files.readString(Path.of(options.get("keys")), StandardCharsets.UTF_8));
            code = options.containsKey("code") ? options.get("code")
                    : options.containsKey("code-file") ? Files.readString(Path.of(options.get("code-file")))
                    : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            out.println("Could not read " + e.getMessage());
            return 2;
        } catch (JacksonException | IllegalArgumentException e) {
            out.println("The key list is not the registry's key list (GET /api/certificates/keys): " + e.getMessage());
            return 2;
        }
        CertificateCode.Verification verification = CertificateCode.verify(code, keys);
        if (!verification.valid()) {
            out.println("NOT VALID: " + verification.problem());
            return 1;
        }
        out.println("The signature is valid (key " + verification.keyId() + ").");
        print(verification.claims(), out);
        out.println("Whether the record was corrected since, or the person has died, only the registry can say: "
                + "GET /api/certificates/verify.");
        return 0;
    }

    static List<CertificateKey> keys(String json) {
        JsonNode list = JsonMapper.builder().build().readTree(json).get("keys");
        if (list == null || !list.isArray()) {
            throw new IllegalArgumentException("it has no keys");
        }
        List<CertificateKey> keys = new ArrayList<>();
        for (JsonNode key : list) {
            JsonNode until = key.get("validUntil");
            keys.add(CertificateKey.of(key.get("publicKey").asString(), LocalDate.parse(key.get("validFrom").asString()),
                    until == null || until.isNull() ? null : LocalDate.parse(until.asString())));
        }
        return keys;
    }

    private static void print(CertificateClaims claims, PrintStream out) {
        out.println("Kind:            " + claims.kind());
        out.println("Record:          " + claims.recordId() + ", version " + claims.recordVersion());
        out.println("Copy:            " + claims.copyNumber());
        out.println("Issued:          " + claims.issuedOn() + " by office " + claims.issuingOffice());
        if (claims.person() != null) {
            print("Person:          ", claims.person(), out);
        }
        if (claims.book() != null) {
            out.println("Family book:     " + claims.book().number() + ", " + claims.book().address());
            for (CertificateClaims.Subject member : claims.book().members()) {
                print("Member:          ", member, out);
            }
        }
    }

    private static void print(String label, CertificateClaims.Subject person, PrintStream out) {
        out.println(label + person.givenName() + " " + person.familyName()
                + (person.givenNameLatin() != null || person.familyNameLatin() != null
                ? " (" + (person.givenNameLatin() == null ? "" : person.givenNameLatin() + " ")
                + (person.familyNameLatin() == null ? "" : person.familyNameLatin()) + ")" : "")
                + (person.relationship() == null ? "" : ", " + person.relationship())
                + ", sex " + person.sex() + ", born " + person.dateOfBirth()
                + (person.placeOfBirth() == null ? "" : " in " + person.placeOfBirth()));
    }

    private static int usage(PrintStream out) {
        out.println("""
                Usage: java -jar registry-app.jar verify-certificate --keys=<key list file> [--code=<text> | --code-file=<path>]
                  --keys       the registry's key list as GET /api/certificates/keys answers it, saved to a file
                  --code       the text of the certificate's QR code (TB1:...)
                  --code-file  a file holding that text; without either, the code is read from standard input
                Exit status: 0 genuine, 1 not genuine, 2 could not check.""");
        return 2;
    }
}
