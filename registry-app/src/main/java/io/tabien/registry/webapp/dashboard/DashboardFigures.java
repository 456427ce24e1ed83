package io.tabien.registry.webapp.dashboard;

import io.tabien.contracts.civil.BirthRegistrationCount;
import io.tabien.contracts.civil.FindBirthRegistrationCounts;
import io.tabien.contracts.civil.FindBirthRegistrations;
import io.tabien.contracts.civil.PersonSummary;
import io.tabien.contracts.flags.FindFlags;
import io.tabien.contracts.flags.FlagView;
import io.tabien.contracts.grievance.FindGrievances;
import io.tabien.contracts.grievance.FindUnansweredReferrals;
import io.tabien.contracts.grievance.GrievanceView;
import io.tabien.contracts.grievance.ReferralId;
import io.tabien.contracts.grievance.UnansweredReferral;
import io.tabien.contracts.labour.AgencyStatus;
import io.tabien.contracts.labour.AgencyView;
import io.tabien.contracts.labour.FindAgencies;
import io.tabien.registry.platform.reference.Geography;
import io.tabien.registry.platform.reference.ProvinceView;
import io.tabien.registry.security.ReadAccess;
import io.tabien.registry.web.Queries;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.tabien.registry.webapp.ReadModels.AGENCIES;
import static io.tabien.registry.webapp.ReadModels.FLAGS;
import static io.tabien.registry.webapp.ReadModels.GRIEVANCES;
import static io.tabien.registry.webapp.ReadModels.PERSON_REGISTRY;

/**
 * What the dashboards count, asked of the registry's own queries with the reader's access in each of them: the
 * flags query scopes flags to a registrar's area or an attaché's country, the person registry to a registrar's
 * area, the grievance queries to an attaché's country and case files. Nothing is counted that the reader could not
 * list one by one.
 */
@Component
class DashboardFigures {

    /** Enough for every open flag of a national registry; the flags query answers up to this many. */
    private static final int FLAG_LIMIT = 100_000;

    private final Queries queries;
    private final ReadAccess access;
    private final Geography geography;
    private final Clock clock;
    private final int referralAnswerDays;

    DashboardFigures(Queries queries, ReadAccess access, Geography geography, Clock clock,
                     @Value("${tabien.grievances.referral-answer-days:14}") int referralAnswerDays) {
        this.queries = queries;
        this.access = access;
        this.geography = geography;
        this.clock = clock;
        this.referralAnswerDays = referralAnswerDays;
    }

    /** An open flag and the province it is filed under (null when it has none). */
    record PlacedFlag(FlagView flag, String province) {
    }

    /** A grievance's referrals still waiting for an answer, and which of them have waited too long. */
    record Waiting(List<UnansweredReferral> referrals, Set<ReferralId> overdue) {
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    int referralAnswerDays() {
        return referralAnswerDays;
    }

    /** The open flags of the categories shown, oldest first, each with the province it is filed under. */
    List<PlacedFlag> openFlags(DashboardScope scope) {
        Map<UUID, PlacedFlag> found = new LinkedHashMap<>();
        List<String> categories = scope.everyFlag() ? Arrays.asList((String) null) : scope.flagCategories();
        for (String category : categories) {
            open(category).forEach(flag -> found.putIfAbsent(flag.id(), new PlacedFlag(flag, flag.province())));
        }
        return found.values().stream()
                .sorted(Comparator.comparing((PlacedFlag placed) -> placed.flag().raisedAt())
                        .thenComparing(placed -> placed.flag().id()))
                .toList();
    }

    List<BirthRegistrationCount> births(int year, String province) {
        return queries.list(PERSON_REGISTRY, new FindBirthRegistrationCounts(year, province, access.civilJurisdiction()),
                BirthRegistrationCount.class);
    }

    List<PersonSummary> birthsRegistered(int year, int month, String province, Boolean late, int limit) {
        return queries.list(PERSON_REGISTRY, new FindBirthRegistrations(year, month, province, late,
                access.civilJurisdiction(), limit), PersonSummary.class);
    }

    /** The licence register as it stood on a day: every agency licensed by then, by its standing that day. */
    List<AgencyView> agencies(LocalDate day) {
        return queries.list(AGENCIES, new FindAgencies(null, day), AgencyView.class).stream()
                .filter(agency -> agency.status() != AgencyStatus.NOT_YET_LICENSED)
                .toList();
    }

    Map<AgencyStatus, Long> agencyStandings(LocalDate day) {
        return agencies(day).stream().collect(Collectors.groupingBy(AgencyView::status, Collectors.counting()));
    }

    /** The grievances reported in the year, of the attaché's country for an attaché, of every country for others. */
    List<GrievanceView> grievances(int year) {
        return queries.list(GRIEVANCES, new FindGrievances(access.referralCountry(), null, null,
                        access.grievanceReaders()), GrievanceView.class).stream()
                .filter(grievance -> grievance.reportedOn().getYear() == year)
                .toList();
    }

    Waiting waitingReferrals() {
        LocalDate today = today();
        String country = access.referralCountry();
        List<UnansweredReferral> all = queries.list(GRIEVANCES, new FindUnansweredReferrals(-1, today, country),
                UnansweredReferral.class);
        Set<ReferralId> overdue = queries.list(GRIEVANCES, new FindUnansweredReferrals(referralAnswerDays, today,
                country), UnansweredReferral.class).stream().map(UnansweredReferral::id).collect(Collectors.toSet());
        return new Waiting(all, overdue);
    }

    boolean knownProvince(String code) {
        return geography.provinces().stream().anyMatch(province -> province.code().equals(code));
    }

    List<ProvinceView> provinces() {
        return geography.provinces();
    }

    private List<FlagView> open(String category) {
        return queries.list(FLAGS, new FindFlags(category, null, null, true, FLAG_LIMIT, access.flagReaders(),
                null), FlagView.class);
    }
}
