package io.tabien.registry.webapp.dashboard;

import io.tabien.contracts.civil.BirthRegistrationCount;
import io.tabien.contracts.grievance.CaseFileView;
import io.tabien.contracts.grievance.GrievanceCategory;
import io.tabien.contracts.grievance.GrievanceChannel;
import io.tabien.contracts.grievance.GrievanceId;
import io.tabien.contracts.grievance.GrievanceView;
import io.tabien.contracts.grievance.ReferralAnswer;
import io.tabien.contracts.grievance.ScreeningOutcome;
import io.tabien.contracts.grievance.UnansweredReferral;
import io.tabien.contracts.labour.AgencyStatus;
import io.tabien.registry.platform.commands.ActorSource;
import io.tabien.registry.platform.commands.Role;
import io.tabien.registry.platform.reference.ProvinceView;
import io.tabien.registry.webapp.FormErrors;
import io.tabien.registry.webapp.dashboard.Chart.Series;
import io.tabien.registry.webapp.dashboard.Chart.Value;
import io.tabien.registry.webapp.dashboard.DashboardFigures.PlacedFlag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The dashboard of auditors, officers and attachés: open flags by category and on a tile map of the provinces, the
 * oldest of them with the events that raised them; births registered on time and late by month and province;
 * agencies by licence standing month by month; grievances by category and country, their referrals, and all of
 * these by intake channel. Each part is shown to the roles whose work it is, each figure within the reader's access,
 * and each figure links to the list behind it.
 */
@Controller
class DashboardPage {

    static final List<AgencyStatus> STANDINGS = List.of(AgencyStatus.ACTIVE, AgencyStatus.SUSPENDED,
            AgencyStatus.REVOKED, AgencyStatus.EXPIRED, AgencyStatus.CLOSED);
    /** Colours that stand apart and keep 4.5:1 or more against white paper. */
    static final List<String> COLOURS = List.of("#1f5f8b", "#a34a00", "#5b6775", "#1e6b3a", "#9b1c1c");
    private static final int OLDEST_FLAGS = 10;

    private final DashboardFigures figures;
    private final ActorSource actors;
    private final MessageSource messages;

    DashboardPage(DashboardFigures figures, ActorSource actors, MessageSource messages) {
        this.figures = figures;
        this.actors = actors;
        this.messages = messages;
    }

    /** A province's tile: its place on the grid, its count and the shade of it. */
    record Tile(String province, int column, int row, long count, String fill, String ink, String href) {
    }

    /** An open flag as the dashboard lists it. */
    record ListedFlag(PlacedFlag placed, List<OpenPages.Link> links) {
    }

    /** A table's row: its label, the list behind the whole row (or null) and its cells. */
    record TableRow(String label, String href, List<Cell> cells) {
    }

    record Cell(long count, String href) {
    }

    @GetMapping("/dashboard")
    String dashboard(@RequestParam(required = false) String year, @RequestParam(required = false) String province,
                     Model model, HttpServletResponse response) {
        LocalDate today = figures.today();
        FormErrors errors = FormErrors.none();
        Integer shownYear = year == null || year.isBlank() ? Integer.valueOf(today.getYear())
                : DashboardParameters.year(year);
        if (shownYear == null) {
            errors.field("year", "dashboard.yearInvalid", messages);
        }
        String shownProvince = province == null || province.isBlank() ? null : province.strip();
        if (shownProvince != null && !figures.knownProvince(shownProvince)) {
            errors.field("province", "dashboard.provinceUnknown", messages);
        }
        Set<Role> roles = actors.currentActor().roles();
        DashboardScope scope = DashboardScope.of(roles);
        OpenPages pages = OpenPages.of(roles);
        model.addAttribute("year", year == null || year.isBlank() ? String.valueOf(today.getYear()) : year);
        model.addAttribute("province", shownProvince);
        model.addAttribute("provinces", figures.provinces());
        model.addAttribute("years", yearChoices(year, today));
        model.addAttribute("errors", errors);
        model.addAttribute("scope", scope);
        if (errors.any()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("shown", false);
            return "dashboard/dashboard";
        }
        model.addAttribute("shown", true);
        model.addAttribute("shownYear", String.valueOf(shownYear));
        if (scope.flags()) {
            flags(model, scope, pages);
        }
        if (scope.births()) {
            births(model, shownYear, shownProvince, today);
        }
        if (scope.agencies()) {
            agencies(model, shownYear, today, pages);
        }
        if (scope.grievances()) {
            grievances(model, shownYear, scope, pages);
        }
        return "dashboard/dashboard";
    }

    /** The recent years, and the year asked for when it is not one of them, so that the picker shows it. */
    private static List<String> yearChoices(String asked, LocalDate today) {
        List<String> years = new ArrayList<>(DashboardParameters.recentYears(today).stream().map(String::valueOf)
                .toList());
        if (asked != null && !asked.isBlank() && !years.contains(asked)) {
            years.add(asked);
        }
        return years;
    }

    private void flags(Model model, DashboardScope scope, OpenPages pages) {
        List<PlacedFlag> open = figures.openFlags(scope);
        Map<String, Long> byCategory = open.stream()
                .collect(Collectors.groupingBy(placed -> placed.flag().category(), Collectors.counting()));
        Chart.Builder categories = Chart.of("flag-categories", List.of(new Series(text("dashboard.flags.open"),
                COLOURS.get(0))), false);
        for (String category : scope.flagCategories()) {
            categories.row(text("flagCategory." + category), null, List.of(new Value(
                    byCategory.getOrDefault(category, 0L), DashboardParameters.link("/dashboard/flags",
                            "category", category))));
        }
        Map<String, Long> byProvince = open.stream().filter(placed -> placed.province() != null)
                .collect(Collectors.groupingBy(PlacedFlag::province, Collectors.counting()));
        Shading shading = new Shading(byProvince.values().stream().mapToLong(Long::longValue).max().orElse(0));
        List<Tile> tiles = new ArrayList<>();
        for (ProvinceView province : figures.provinces()) {
            ProvinceGrid.cellOf(province.code()).ifPresent(cell -> {
                long count = byProvince.getOrDefault(province.code(), 0L);
                tiles.add(new Tile(province.code(), cell.column(), cell.row(), count, shading.fill(count),
                        shading.ink(count), DashboardParameters.link("/dashboard/flags", "province",
                        province.code())));
            });
        }
        model.addAttribute("flagCount", open.size());
        model.addAttribute("flagCategories", categories.build());
        model.addAttribute("tiles", tiles);
        model.addAttribute("legend", shading.legend());
        model.addAttribute("flagsWithoutProvince", open.stream().filter(placed -> placed.province() == null).count());
        model.addAttribute("oldestFlags", open.stream().limit(OLDEST_FLAGS)
                .map(placed -> new ListedFlag(placed, pages.of(placed.flag()))).toList());
    }

    private void births(Model model, int year, String province, LocalDate today) {
        List<BirthRegistrationCount> counts = figures.births(year, province);
        Chart.Builder chart = Chart.of("births-by-month", List.of(
                new Series(text("dashboard.births.onTime"), COLOURS.get(0)),
                new Series(text("dashboard.births.late"), COLOURS.get(1))), false);
        for (YearMonth month : Months.begun(year, today)) {
            chart.row(monthName(month), null, List.of(
                    birthValue(counts, year, month.getMonthValue(), province, false),
                    birthValue(counts, year, month.getMonthValue(), province, true)));
        }
        Map<String, long[]> byProvince = new TreeMap<>();
        for (BirthRegistrationCount count : counts) {
            byProvince.computeIfAbsent(count.province(), code -> new long[2])[count.late() ? 1 : 0] += count.count();
        }
        List<TableRow> rows = new ArrayList<>();
        for (ProvinceView place : figures.provinces()) {
            long[] both = byProvince.get(place.code());
            if (both != null) {
                rows.add(new TableRow(place.code(), DashboardParameters.link("/dashboard", "year", year, "province",
                        place.code()), List.of(new Cell(both[0], null), new Cell(both[1], null))));
            }
        }
        model.addAttribute("birthsChart", chart.build());
        model.addAttribute("birthsByProvince", rows);
    }

    private static Value birthValue(List<BirthRegistrationCount> counts, int year, int month, String province,
                                    boolean late) {
        long count = counts.stream().filter(each -> each.month() == month && each.late() == late)
                .mapToLong(BirthRegistrationCount::count).sum();
        return new Value(count, count == 0 ? null : DashboardParameters.link("/dashboard/births", "year", year,
                "month", month, "province", province, "late", late));
    }

    private void agencies(Model model, int year, LocalDate today, OpenPages pages) {
        Chart.Builder chart = Chart.of("agencies-by-month", STANDINGS.stream()
                .map(status -> new Series(text("agency.status." + status), COLOURS.get(STANDINGS.indexOf(status))))
                .toList(), true);
        List<TableRow> rows = new ArrayList<>();
        for (YearMonth month : Months.begun(year, today)) {
            LocalDate day = Months.standingOn(month, today);
            Map<AgencyStatus, Long> standings = figures.agencyStandings(day);
            List<Value> values = STANDINGS.stream().map(status -> new Value(standings.getOrDefault(status, 0L),
                    register(day, status, pages))).toList();
            chart.row(monthName(month), null, values);
            rows.add(new TableRow(monthName(month), null, values.stream()
                    .map(value -> new Cell(value.count(), value.href())).toList()));
        }
        model.addAttribute("agencyChart", chart.build());
        model.addAttribute("agencyTable", rows);
        model.addAttribute("standings", STANDINGS);
    }

    /** The licence register on that day for a labour officer, whose screen it is; the dashboard's list for others. */
    private static String register(LocalDate day, AgencyStatus status, OpenPages pages) {
        return pages.labour() ? DashboardParameters.link("/agencies", "asOf", day, "status", status)
                : DashboardParameters.link("/dashboard/agencies", "asOf", day, "status", status);
    }

    private void grievances(Model model, int year, DashboardScope scope, OpenPages pages) {
        List<GrievanceView> grievances = figures.grievances(year);
        Chart.Builder byCategory = Chart.of("grievance-categories", List.of(new Series(
                text("dashboard.channels.grievances"), COLOURS.get(0))), false);
        Map<GrievanceCategory, Map<String, Long>> counts = new TreeMap<>();
        Set<String> countries = new TreeSet<>();
        for (GrievanceView grievance : grievances) {
            countries.add(grievance.country());
            for (GrievanceCategory category : grievance.categories()) {
                counts.computeIfAbsent(category, key -> new TreeMap<>()).merge(grievance.country(), 1L, Long::sum);
            }
        }
        List<TableRow> byCountry = new ArrayList<>();
        counts.forEach((category, perCountry) -> {
            long total = perCountry.values().stream().mapToLong(Long::longValue).sum();
            String href = DashboardParameters.link("/dashboard/grievances", "year", year, "category", category);
            byCategory.row(text("grievance.category." + category), null, List.of(new Value(total, href)));
            byCountry.add(new TableRow(text("grievance.category." + category), href, countries.stream()
                    .map(country -> {
                        long count = perCountry.getOrDefault(country, 0L);
                        return new Cell(count, count == 0 ? null : DashboardParameters.link("/dashboard/grievances",
                                "year", year, "category", category, "country", country));
                    }).toList()));
        });
        Set<GrievanceId> counted = grievances.stream().map(GrievanceView::id).collect(Collectors.toSet());
        DashboardFigures.Waiting waiting = figures.waitingReferrals();
        List<UnansweredReferral> unanswered = waiting.referrals().stream()
                .filter(referral -> counted.contains(referral.grievanceId())).toList();
        model.addAttribute("grievanceCount", grievances.size());
        model.addAttribute("grievanceCategories", byCategory.build());
        model.addAttribute("grievanceCountries", countries);
        model.addAttribute("grievancesByCountry", byCountry);
        model.addAttribute("referrals", referrals(year, grievances, unanswered, waiting, scope, pages));
        model.addAttribute("referralAnswerDays", figures.referralAnswerDays());
        channels(model, year, grievances, unanswered, scope);
    }

    private Chart referrals(int year, List<GrievanceView> grievances, List<UnansweredReferral> unanswered,
                            DashboardFigures.Waiting waiting, DashboardScope scope, OpenPages pages) {
        Chart.Builder chart = Chart.of("referrals", List.of(new Series(text("dashboard.channels.referrals"),
                COLOURS.get(0))), false);
        if (scope.caseFiles()) {
            for (ReferralAnswer answer : ReferralAnswer.values()) {
                long count = caseFiles(grievances).flatMap(file -> file.referrals().stream())
                        .filter(referral -> referral.answer() == answer).count();
                chart.row(text("grievance.answer." + answer), null, List.of(new Value(count,
                        DashboardParameters.link("/dashboard/grievances", "year", year, "answer", answer))));
            }
        }
        long overdue = unanswered.stream().filter(referral -> waiting.overdue().contains(referral.id())).count();
        String tracker = pages.casework() ? "/grievances/referrals"
                : DashboardParameters.link("/dashboard/grievances", "year", year, "answer", "UNANSWERED");
        chart.row(messages.getMessage("dashboard.referrals.waiting", new Object[]{figures.referralAnswerDays()},
                LocaleContextHolder.getLocale()), null, List.of(new Value(unanswered.size() - overdue, tracker)));
        chart.row(messages.getMessage("dashboard.referrals.overdue", new Object[]{figures.referralAnswerDays()},
                LocaleContextHolder.getLocale()), null, List.of(new Value(overdue, tracker)));
        return chart.build();
    }

    /**
     * Grievances, screenings by outcome and referrals by answer for each intake channel. Screenings and answers are
     * in the case file; a reader without case files sees the grievances and their unanswered referrals only.
     */
    private void channels(Model model, int year, List<GrievanceView> grievances, List<UnansweredReferral> unanswered,
                          DashboardScope scope) {
        Chart.Builder chart = Chart.of("channel-chart", List.of(new Series(text("dashboard.channels.grievances"),
                COLOURS.get(0))), false);
        List<String> columns = new ArrayList<>(List.of(text("dashboard.channels.grievances")));
        if (scope.caseFiles()) {
            Arrays.stream(ScreeningOutcome.values())
                    .forEach(outcome -> columns.add(text("grievance.screening.outcome." + outcome)));
            Arrays.stream(ReferralAnswer.values()).forEach(answer -> columns.add(text("grievance.answer." + answer)));
        }
        columns.add(text("grievance.referral.unanswered"));
        List<TableRow> rows = new ArrayList<>();
        for (GrievanceChannel channel : GrievanceChannel.values()) {
            List<GrievanceView> of = grievances.stream().filter(grievance -> grievance.channel() == channel).toList();
            String href = DashboardParameters.link("/dashboard/grievances", "year", year, "channel", channel);
            chart.row(text("grievance.channel." + channel), null, List.of(new Value(of.size(), href)));
            List<Cell> cells = new ArrayList<>(List.of(new Cell(of.size(), href)));
            if (scope.caseFiles()) {
                for (ScreeningOutcome outcome : ScreeningOutcome.values()) {
                    cells.add(cell(caseFiles(of).filter(file -> file.screening() != null
                                    && file.screening().outcome() == outcome).count(), year, channel, "outcome",
                            outcome));
                }
                for (ReferralAnswer answer : ReferralAnswer.values()) {
                    cells.add(cell(caseFiles(of).flatMap(file -> file.referrals().stream())
                            .filter(referral -> referral.answer() == answer).count(), year, channel, "answer",
                            answer));
                }
            }
            Set<GrievanceId> ofChannel = of.stream().map(GrievanceView::id).collect(Collectors.toSet());
            cells.add(cell(unanswered.stream().filter(referral -> ofChannel.contains(referral.grievanceId())).count(),
                    year, channel, "answer", "UNANSWERED"));
            rows.add(new TableRow(text("grievance.channel." + channel), href, cells));
        }
        model.addAttribute("channelChart", chart.build());
        model.addAttribute("channelColumns", columns);
        model.addAttribute("channelTable", rows);
    }

    private static Cell cell(long count, int year, GrievanceChannel channel, String name, Object value) {
        return new Cell(count, count == 0 ? null : DashboardParameters.link("/dashboard/grievances", "year", year,
                "channel", channel, name, value));
    }

    static Stream<CaseFileView> caseFiles(List<GrievanceView> grievances) {
        return grievances.stream().map(GrievanceView::caseFile).filter(Objects::nonNull);
    }

    private String monthName(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, LocaleContextHolder.getLocale());
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
