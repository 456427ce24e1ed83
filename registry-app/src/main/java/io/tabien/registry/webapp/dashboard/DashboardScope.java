package io.tabien.registry.webapp.dashboard;

import io.tabien.registry.platform.commands.Role;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static io.tabien.registry.platform.commands.Role.AUDITOR;
import static io.tabien.registry.platform.commands.Role.LABOUR_ATTACHE;
import static io.tabien.registry.platform.commands.Role.LABOUR_OFFICER;
import static io.tabien.registry.platform.commands.Role.PASSPORT_OFFICER;
import static io.tabien.registry.platform.commands.Role.REGISTRAR;

/**
 * Which parts of the dashboard belong to a user's work, by their roles: a registrar's births and civil-record flags,
 * a passport officer's withheld documents, a labour officer's irregular migration, unlawful fees, agencies and
 * grievances, an attaché's grievances and every flag of their country, and everything for an auditor. How far each
 * part reaches (a province, a country, everywhere) is not decided here but by {@code security.ReadAccess}, whose
 * answer goes into every query.
 *
 * @param flagCategories the flag categories shown, in the order the registry lists them
 */
record DashboardScope(List<String> flagCategories, boolean births, boolean agencies, boolean grievances,
                      boolean caseFiles) {

    static final List<String> FLAG_CATEGORIES =
            List.of("irregular-migration", "withheld-document", "unlawful-fee", "civil-record");

    private static final Set<Role> EVERY_FLAG = EnumSet.of(AUDITOR, LABOUR_ATTACHE);
    private static final Set<Role> BIRTHS = EnumSet.of(REGISTRAR, AUDITOR);
    private static final Set<Role> AGENCIES = EnumSet.of(LABOUR_OFFICER, AUDITOR);
    private static final Set<Role> GRIEVANCES = EnumSet.of(LABOUR_OFFICER, LABOUR_ATTACHE, AUDITOR);
    /** Screenings and answered referrals are part of a grievance's case file, which only these roles read. */
    private static final Set<Role> CASE_FILES = EnumSet.of(LABOUR_ATTACHE, AUDITOR);

    static DashboardScope of(Set<Role> roles) {
        Set<String> categories = new LinkedHashSet<>();
        if (roles.stream().anyMatch(EVERY_FLAG::contains)) {
            categories.addAll(FLAG_CATEGORIES);
        }
        if (roles.contains(LABOUR_OFFICER)) {
            categories.add("irregular-migration");
            categories.add("unlawful-fee");
        }
        if (roles.contains(PASSPORT_OFFICER)) {
            categories.add("withheld-document");
        }
        if (roles.contains(REGISTRAR)) {
            categories.add("civil-record");
        }
        return new DashboardScope(FLAG_CATEGORIES.stream().filter(categories::contains).toList(),
                roles.stream().anyMatch(BIRTHS::contains), roles.stream().anyMatch(AGENCIES::contains),
                roles.stream().anyMatch(GRIEVANCES::contains), roles.stream().anyMatch(CASE_FILES::contains));
    }

    public boolean flags() {
        return !flagCategories.isEmpty();
    }

    /** Whether every category is shown, so that flags are asked for once rather than category by category. */
    public boolean everyFlag() {
        return flagCategories.size() == FLAG_CATEGORIES.size();
    }
}
