package io.tabien.registry.security;

import io.tabien.registry.platform.commands.Role;
import io.tabien.registry.platform.reference.Countries;
import io.tabien.registry.platform.reference.Geography;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The office a user's roles need, which must exist: a registrar works for a province ({@code LA-XE}) or a district
 * ({@code 1501}) of the reference data; a labour attaché for a destination country (ISO 3166-1 alpha-2, not Laos);
 * every other role works nationally, with no office or the national office {@value #NATIONAL_OFFICE}. A user whose
 * roles want offices of different kinds (a registrar who is also an attaché, or also an auditor) cannot have one
 * that fits all, and is refused.
 */
@Component
class OfficesByRole {

    static final String NATIONAL_OFFICE = "LA";

    private final Geography geography;

    OfficesByRole(Geography geography) {
        this.geography = geography;
    }

    /** Why the office does not fit the roles, in words for the administrator; empty if it fits. */
    Optional<String> refusal(Set<Role> roles, String office) {
        String unfit = roles.stream()
                .filter(role -> !fits(role, office))
                .map(OfficesByRole::expected)
                .collect(Collectors.joining("; "));
        return unfit.isEmpty() ? Optional.empty() : Optional.of(unfit);
    }

    private boolean fits(Role role, String office) {
        return switch (role) {
            case REGISTRAR -> geography.isProvince(office) || geography.district(office).isPresent();
            case LABOUR_ATTACHE -> Countries.isCountry(office) && !office.equals(NATIONAL_OFFICE);
            case PASSPORT_OFFICER, LABOUR_OFFICER, AUDITOR, ADMIN -> office == null || office.equals(NATIONAL_OFFICE);
        };
    }

    private static String expected(Role role) {
        return switch (role) {
            case REGISTRAR -> "a REGISTRAR works for a province (such as LA-XE) or a district (such as 1501) listed "
                    + "under /api/reference";
            case LABOUR_ATTACHE -> "a LABOUR_ATTACHE works for a destination country, as an ISO 3166-1 alpha-2 code "
                    + "other than LA (such as TH)";
            case PASSPORT_OFFICER, LABOUR_OFFICER, AUDITOR, ADMIN -> "a " + role + " works nationally, with no office "
                    + "or the national office " + NATIONAL_OFFICE;
        };
    }
}
