package io.tabien.registry.webapp.dashboard;

import io.tabien.registry.platform.commands.Role;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;

class DashboardScopeTest {

    @Test
    void anAuditorSeesEveryPart() {
        DashboardScope scope = DashboardScope.of(EnumSet.of(Role.AUDITOR));

        assertThat(scope.flagCategories()).isEqualTo(DashboardScope.FLAG_CATEGORIES);
        assertThat(scope.everyFlag()).isTrue();
        assertThat(scope.births()).isTrue();
        assertThat(scope.agencies()).isTrue();
        assertThat(scope.grievances()).isTrue();
        assertThat(scope.caseFiles()).isTrue();
    }

    @Test
    void eachOfficerSeesThePartsOfTheirWork() {
        DashboardScope labour = DashboardScope.of(EnumSet.of(Role.LABOUR_OFFICER));
        assertThat(labour.flagCategories()).containsExactly("irregular-migration", "unlawful-fee");
        assertThat(labour.agencies()).isTrue();
        assertThat(labour.grievances()).isTrue();
        assertThat(labour.caseFiles()).isFalse();
        assertThat(labour.births()).isFalse();

        DashboardScope passports = DashboardScope.of(EnumSet.of(Role.PASSPORT_OFFICER));
        assertThat(passports.flagCategories()).containsExactly("withheld-document");
        assertThat(passports.births() || passports.agencies() || passports.grievances()).isFalse();

        DashboardScope registrar = DashboardScope.of(EnumSet.of(Role.REGISTRAR));
        assertThat(registrar.flagCategories()).containsExactly("civil-record");
        assertThat(registrar.births()).isTrue();
        assertThat(registrar.grievances()).isFalse();

        DashboardScope attache = DashboardScope.of(EnumSet.of(Role.LABOUR_ATTACHE));
        assertThat(attache.everyFlag()).isTrue();
        assertThat(attache.grievances()).isTrue();
        assertThat(attache.caseFiles()).isTrue();
        assertThat(attache.agencies()).isFalse();
    }

    @Test
    void twoRolesSeeThePartsOfBoth() {
        DashboardScope scope = DashboardScope.of(EnumSet.of(Role.PASSPORT_OFFICER, Role.REGISTRAR));

        assertThat(scope.flagCategories()).containsExactly("withheld-document", "civil-record");
        assertThat(scope.births()).isTrue();
    }

    @Test
    void anAdministratorSeesNothing() {
        DashboardScope scope = DashboardScope.of(EnumSet.of(Role.ADMIN));

        assertThat(scope.flags() || scope.births() || scope.agencies() || scope.grievances()).isFalse();
    }
}
