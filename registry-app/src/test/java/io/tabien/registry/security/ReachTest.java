package io.tabien.registry.security;

import io.tabien.registry.platform.commands.Actor;
import io.tabien.registry.platform.commands.Role;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static io.tabien.registry.platform.commands.Role.AUDITOR;
import static io.tabien.registry.platform.commands.Role.LABOUR_ATTACHE;
import static io.tabien.registry.platform.commands.Role.PASSPORT_OFFICER;
import static io.tabien.registry.platform.commands.Role.REGISTRAR;
import static org.assertj.core.api.Assertions.assertThat;

/** The one jurisdiction check, as the aggregates' policies ask it before they record. */
class ReachTest {

    private static final Set<Role> CIVIL = EnumSet.of(REGISTRAR);
    private static final Set<Role> CUSTODY = EnumSet.of(PASSPORT_OFFICER, LABOUR_ATTACHE);
    private static final Set<Role> CASES = EnumSet.of(LABOUR_ATTACHE);

    @Test
    void provincialRegistrarCoversEveryDistrictOfTheProvinceOnly() {
        Reach sekong = Reach.toRecord(user("LA-XE", REGISTRAR), CIVIL);

        assertThat(sekong.coversPlace("LA-XE", "1501")).isTrue();
        assertThat(sekong.coversPlace("LA-XE", null)).isTrue();
        assertThat(sekong.coversPlace("LA-VT", "0101")).isFalse();
    }

    @Test
    void districtRegistrarCoversTheDistrictOnly() {
        Reach lamarm = Reach.toRecord(user("1501", REGISTRAR), CIVIL);

        assertThat(lamarm.coversPlace("LA-XE", "1501")).isTrue();
        assertThat(lamarm.coversPlace("LA-XE", "1502")).isFalse();
        assertThat(lamarm.coversPlace("LA-XE", null)).isFalse();
    }

    @Test
    void registrarWithoutAnOfficeCoversNothing() {
        assertThat(Reach.toRecord(user(null, REGISTRAR), CIVIL).coversPlace("LA-XE", "1501")).isFalse();
    }

    @Test
    void attacheCoversTheirCountryOnlyAndNoUnknownOne() {
        Reach thailand = Reach.toRecord(user("TH", LABOUR_ATTACHE), CASES);

        assertThat(thailand.coversCountry("TH")).isTrue();
        assertThat(thailand.coversCountry("MY")).isFalse();
        assertThat(thailand.coversCountry(null)).isFalse();
        assertThat(Reach.toRecord(user(null, LABOUR_ATTACHE), CASES).coversCountry("TH")).isFalse();
    }

    @Test
    void nationalRoleAllowedForTheWorkReachesEverywhere() {
        assertThat(Reach.toRecord(user(null, PASSPORT_OFFICER), CUSTODY).coversCountry("MY")).isTrue();
        assertThat(Reach.toRecord(user(null, PASSPORT_OFFICER), CUSTODY).coversCountry(null)).isTrue();
        assertThat(Reach.toRecord(user("MY", LABOUR_ATTACHE, PASSPORT_OFFICER), CUSTODY).coversCountry("TH"))
                .isTrue();
    }

    @Test
    void nationalRoleNotAllowedForTheWorkLeavesTheOfficeBound() {
        assertThat(Reach.toRecord(user("MY", LABOUR_ATTACHE, AUDITOR), CASES).coversCountry("TH")).isFalse();
        assertThat(Reach.toRecord(user("LA-XE", REGISTRAR, AUDITOR), CIVIL).coversPlace("LA-VT", "0101")).isFalse();
    }

    @Test
    void roleNotAllowedForTheWorkReachesNothing() {
        assertThat(Reach.toRecord(user(null, PASSPORT_OFFICER), CIVIL).coversPlace("LA-XE", "1501")).isFalse();
        assertThat(Reach.toRecord(user("LA-XE", REGISTRAR), CASES).coversCountry("TH")).isFalse();
    }

    @Test
    void processStepFollowsItsCauseAndIsBoundNowhere() {
        assertThat(Reach.toRecord(Actor.processStep("1501"), CIVIL).coversPlace("LA-VT", "0101")).isTrue();
        assertThat(Reach.toRecord(Actor.processStep(null), CASES).coversCountry("TH")).isTrue();
    }

    private static Actor user(String office, Role... roles) {
        return Actor.user("someone", EnumSet.of(roles[0], roles), office);
    }
}
