package io.tabien.registry.security;

import io.tabien.contracts.flags.FlagReaders;
import io.tabien.contracts.grievance.GrievanceReaders;
import io.tabien.contracts.labour.ContractReaders;
import io.tabien.registry.platform.commands.Actor;
import io.tabien.registry.platform.commands.Role;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static io.tabien.registry.platform.commands.Role.ADMIN;
import static io.tabien.registry.platform.commands.Role.AUDITOR;
import static io.tabien.registry.platform.commands.Role.LABOUR_ATTACHE;
import static io.tabien.registry.platform.commands.Role.LABOUR_OFFICER;
import static io.tabien.registry.platform.commands.Role.PASSPORT_OFFICER;
import static io.tabien.registry.platform.commands.Role.REGISTRAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every read decision, role by role, as the controllers receive it. */
class ReadAccessTest {

    @Test
    void registrarsReadPersonsOfTheirOfficeAndTheOtherReadersAllOfThem() {
        assertThat(as("LA-XE", REGISTRAR).civilJurisdiction()).isEqualTo("LA-XE");
        assertThat(as("1501", REGISTRAR).civilJurisdiction()).isEqualTo("1501");
        assertThat(as("TH", LABOUR_ATTACHE).civilJurisdiction()).isNull();
        for (Role national : new Role[]{PASSPORT_OFFICER, LABOUR_OFFICER, AUDITOR}) {
            assertThat(as(null, national).civilJurisdiction()).isNull();
        }
        assertThat(as("LA-XE", REGISTRAR, AUDITOR).civilJurisdiction()).isNull();
        assertThatThrownBy(() -> as(null, REGISTRAR).civilJurisdiction()).isInstanceOf(NotAReader.class);
        assertThatThrownBy(() -> as(null, ADMIN).civilJurisdiction()).isInstanceOf(NotAReader.class);
    }

    @Test
    void contractsAreReadByCountryByAttachesAndByBirthplaceByRegistrars() {
        assertThat(as(null, LABOUR_OFFICER).contractReaders()).isEqualTo(ContractReaders.NATIONAL);
        assertThat(as(null, AUDITOR).contractReaders()).isEqualTo(ContractReaders.NATIONAL);
        assertThat(as("TH", LABOUR_ATTACHE).contractReaders()).isEqualTo(new ContractReaders(null, "TH"));
        assertThat(as("1501", REGISTRAR).contractReaders()).isEqualTo(new ContractReaders("1501", null));
        assertThat(as("TH", LABOUR_ATTACHE, LABOUR_OFFICER).contractReaders()).isEqualTo(ContractReaders.NATIONAL);
        assertThatThrownBy(() -> as(null, PASSPORT_OFFICER).contractReaders()).isInstanceOf(NotAReader.class);
        assertThatThrownBy(() -> as(null, LABOUR_ATTACHE).contractReaders()).isInstanceOf(NotAReader.class);
    }

    @Test
    void flagsAreScopedLikeTheRecordsTheyPointTo() {
        for (Role national : new Role[]{PASSPORT_OFFICER, LABOUR_OFFICER, AUDITOR}) {
            assertThat(as(null, national).flagReaders()).isEqualTo(FlagReaders.NATIONAL);
        }
        assertThat(as("TH", LABOUR_ATTACHE).flagReaders()).isEqualTo(new FlagReaders(null, "TH"));
        assertThat(as("LA-XE", REGISTRAR).flagReaders()).isEqualTo(new FlagReaders("LA-XE", null));
        assertThatThrownBy(() -> as(null, ADMIN).flagReaders()).isInstanceOf(NotAReader.class);
    }

    @Test
    void caseFilesAreReadByAuditorsAndTheAttacheOfTheirCountryOnly() {
        assertThat(as(null, AUDITOR).grievanceReaders()).isEqualTo(new GrievanceReaders(true, null));
        assertThat(as("TH", LABOUR_ATTACHE).grievanceReaders()).isEqualTo(new GrievanceReaders(false, "TH"));
        assertThat(as(null, LABOUR_OFFICER).grievanceReaders()).isEqualTo(new GrievanceReaders(false, null));
        assertThat(as("TH", LABOUR_ATTACHE, LABOUR_OFFICER).grievanceReaders())
                .isEqualTo(new GrievanceReaders(false, "TH"));
        assertThatThrownBy(() -> as("LA-XE", REGISTRAR).grievanceReaders()).isInstanceOf(NotAReader.class);
        assertThatThrownBy(() -> as(null, PASSPORT_OFFICER).grievanceReaders()).isInstanceOf(NotAReader.class);
    }

    @Test
    void attachesTrackTheReferralsOfTheirCountryAndOfficersAndAuditorsAll() {
        assertThat(as("TH", LABOUR_ATTACHE).referralCountry()).isEqualTo("TH");
        assertThat(as(null, LABOUR_OFFICER).referralCountry()).isNull();
        assertThat(as(null, AUDITOR).referralCountry()).isNull();
        assertThatThrownBy(() -> as(null, PASSPORT_OFFICER).referralCountry()).isInstanceOf(NotAReader.class);
    }

    @Test
    void onlyAuditorsSeeSmallCounts() {
        assertThat(as(null, AUDITOR).seesSmallCounts()).isTrue();
        assertThat(as("TH", LABOUR_ATTACHE, AUDITOR).seesSmallCounts()).isTrue();
        for (Role other : new Role[]{REGISTRAR, PASSPORT_OFFICER, LABOUR_OFFICER, LABOUR_ATTACHE}) {
            assertThat(as("LA-XE", other).seesSmallCounts()).isFalse();
        }
    }

    private static ReadAccess as(String office, Role first, Role... more) {
        Actor actor = Actor.user("reader", EnumSet.of(first, more), office);
        return new ReadAccess(() -> actor);
    }
}
