package io.tabien.registry.certificates;

import io.tabien.contracts.civil.CertificateKind;
import io.tabien.registry.platform.errors.Refusal;
import io.tabien.registry.platform.errors.RuleViolation;

/**
 * A certificate whose signed fields do not fit one QR code, such as the extract of a household whose members' names
 * together are too long: refused, and nothing of the request is recorded.
 */
@Refusal(rule = "CertificateCodeTooLong", description = "A certificate's signed fields fit one QR code: a family-book "
        + "extract of a household whose names together are too long for it cannot be issued.")
public class CertificateCodeTooLong extends RuleViolation {

    CertificateCodeTooLong(CertificateKind kind) {
        super(kind == CertificateKind.FAMILY_BOOK_EXTRACT ? "members" : "recordId",
                "The certificate's signed fields do not fit one QR code: "
                        + (kind == CertificateKind.FAMILY_BOOK_EXTRACT
                        ? "the household's names together are too long for it."
                        : "the record's names are too long for it."));
    }
}
