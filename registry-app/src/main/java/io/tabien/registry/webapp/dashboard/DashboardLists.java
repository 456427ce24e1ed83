package io.tabien.registry.webapp.dashboard;

import io.tabien.contracts.civil.PersonSummary;
import io.tabien.contracts.grievance.CaseFileView;
import io.tabien.contracts.grievance.GrievanceCategory;
import io.tabien.contracts.grievance.GrievanceChannel;
import io.tabien.contracts.grievance.GrievanceId;
import io.tabien.contracts.grievance.GrievanceView;
import io.tabien.contracts.grievance.ReferralAnswer;
import io.tabien.contracts.grievance.ScreeningOutcome;
import io.tabien.contracts.grievance.UnansweredReferral;
import io.tabien.contracts.labour.AgencyStatus;
import io.tabien.contracts.labour.AgencyView;
import io.tabien.registry.audit.access.AccessKind;
import io.tabien.registry.audit.access.AccessLog;
import io.tabien.registry.platform.commands.ActorSource;
import io.tabien.registry.platform.commands.Role;
import io.tabien.registry.webapp.Dates;
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
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The lists behind the dashboard's figures: the open flags of a province or category, the births of a month, the
 * grievances of a category, country, channel, screening outcome or referral answer, the agencies of a standing on a
 * day. Each is asked of the same queries, with the same access, as the figure it explains.
 */
@Controller
class DashboardLists {

    private static final int LIMIT = 200;
    private static final String PAGE = "dashboard/list";

    private final DashboardFigures figures;
    private final ActorSource actors;
    private final MessageSource messages;
    private final Dates dates;
    private final AccessLog accessLog;

    DashboardLists(DashboardFigures figures, ActorSource actors, MessageSource messages, Dates dates,
                   AccessLog accessLog) {
        this.figures = figures;
        this.accessLog = accessLog;
        this.actors = actors;
        this.messages = messages;
        this.dates = dates;
    }

    /** One line of a list: what it is, a detail, and the page of the record when the reader may open it. */
    record Item(String title, String detail, String href) {
    }

    @GetMapping("/dashboard/flags")
    String flags(@RequestParam(required = false) String province, @RequestParam(required = false) String category,
                 Model model, HttpServletResponse response) {
        Set<Role> roles = roles();
        DashboardScope scope = DashboardScope.of(roles);
        if (province != null && !figures.knownProvince(province)) {
            return refused(model, response, "dashboard.provinceUnknown");
        }
        if (category != null && !scope.flagCategories().contains(category)) {
            return refused(model, response, "dashboard.categoryUnknown");
        }
        OpenPages pages = OpenPages.of(roles);
        List<PlacedFlag> open = figures.openFlags(scope).stream()
                .filter(placed -> province == null || province.equals(placed.province()))
                .filter(placed -> category == null || category.equals(placed.flag().category()))
                .toList();
        model.addAttribute("title", text("dashboard.list.flags"));
        model.addAttribute("province", province);
        model.addAttribute("filters", filters(category == null ? null : text("flagCategory." + category)));
        List<PlacedFlag> listed = open.stream().limit(LIMIT).toList();
        accessLog.searched(AccessKind.PERSON, listed.stream().map(placed -> placed.flag().personId())
                .filter(Objects::nonNull).toList());
        model.addAttribute("flags", listed.stream()
                .map(placed -> new DashboardPage.ListedFlag(placed, pages.of(placed.flag()))).toList());
        model.addAttribute("total", open.size());
        return shown(model);
    }

    @GetMapping("/dashboard/births")
    String births(@RequestParam(required = false) String year, @RequestParam(required = false) String month,
                  @RequestParam(required = false) String province, @RequestParam(required = false) String late,
                  Model model, HttpServletResponse response) {
        Integer shownYear = year == null ? null : DashboardParameters.year(year);
        Integer shownMonth = month == null ? null : DashboardParameters.month(month);
        Boolean shownLate = late == null ? null : DashboardParameters.yesOrNo(late);
        if (shownYear == null) {
            return refused(model, response, "dashboard.yearInvalid");
        }
        if (shownMonth == null) {
            return refused(model, response, "dashboard.monthInvalid");
        }
        if (province != null && !figures.knownProvince(province)) {
            return refused(model, response, "dashboard.provinceUnknown");
        }
        if (late != null && shownLate == null) {
            return refused(model, response, "dashboard.timingInvalid");
        }
        OpenPages pages = OpenPages.of(roles());
        List<PersonSummary> born = figures.birthsRegistered(shownYear, shownMonth, province, shownLate, LIMIT + 1);
        YearMonth period = YearMonth.of(shownYear, shownMonth);
        model.addAttribute("title", messages.getMessage("dashboard.list.births", new Object[]{
                period.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, LocaleContextHolder.getLocale()) + " "
                        + shownYear}, LocaleContextHolder.getLocale()));
        model.addAttribute("province", province);
        model.addAttribute("filters", filters(shownLate == null ? null
                : text(shownLate ? "dashboard.births.late" : "dashboard.births.onTime")));
        accessLog.searched(AccessKind.PERSON, born.stream().limit(LIMIT).map(person -> person.id().value()).toList());
        model.addAttribute("items", born.stream().limit(LIMIT).map(person -> new Item(
                person.givenName() + " " + person.familyName(), dates.date(person.dateOfBirth()),
                pages.registrar() ? "/persons/" + person.id().value()
                        : pages.audit() ? "/audit/records/" + person.id().value() : null)).toList());
        model.addAttribute("total", born.size() > LIMIT ? null : born.size());
        return shown(model);
    }

    @GetMapping("/dashboard/grievances")
    String grievances(@RequestParam(required = false) String year, @RequestParam(required = false) String category,
                      @RequestParam(required = false) String country, @RequestParam(required = false) String channel,
                      @RequestParam(required = false) String outcome, @RequestParam(required = false) String answer,
                      Model model, HttpServletResponse response) {
        Integer shownYear = year == null ? null : DashboardParameters.year(year);
        if (shownYear == null) {
            return refused(model, response, "dashboard.yearInvalid");
        }
        GrievanceCategory ofCategory = category == null ? null : named(GrievanceCategory.class, category);
        GrievanceChannel ofChannel = channel == null ? null : named(GrievanceChannel.class, channel);
        ScreeningOutcome ofOutcome = outcome == null ? null : named(ScreeningOutcome.class, outcome);
        ReferralAnswer ofAnswer = answer == null || answer.equals("UNANSWERED") ? null
                : named(ReferralAnswer.class, answer);
        if (category != null && ofCategory == null || channel != null && ofChannel == null
                || outcome != null && ofOutcome == null || answer != null && !answer.equals("UNANSWERED")
                && ofAnswer == null || country != null && !country.matches("[A-Z]{2}")) {
            return refused(model, response, "dashboard.filterInvalid");
        }
        Set<GrievanceId> waiting = answer != null && answer.equals("UNANSWERED")
                ? figures.waitingReferrals().referrals().stream().map(UnansweredReferral::grievanceId)
                .collect(Collectors.toSet()) : null;
        OpenPages pages = OpenPages.of(roles());
        List<GrievanceView> found = figures.grievances(shownYear).stream()
                .filter(grievance -> ofCategory == null || grievance.categories().contains(ofCategory))
                .filter(grievance -> country == null || country.equals(grievance.country()))
                .filter(grievance -> ofChannel == null || grievance.channel() == ofChannel)
                .filter(grievance -> ofOutcome == null || grievance.caseFile() != null
                        && grievance.caseFile().screening() != null
                        && grievance.caseFile().screening().outcome() == ofOutcome)
                .filter(grievance -> ofAnswer == null || grievance.caseFile() != null
                        && grievance.caseFile().referrals().stream().map(CaseFileView.Referral::answer)
                        .anyMatch(ofAnswer::equals))
                .filter(grievance -> waiting == null || waiting.contains(grievance.id()))
                .toList();
        model.addAttribute("title", messages.getMessage("dashboard.grievances", new Object[]{String.valueOf(shownYear)},
                LocaleContextHolder.getLocale()));
        model.addAttribute("filters", filters(
                ofCategory == null ? null : text("grievance.category." + ofCategory), country,
                ofChannel == null ? null : text("grievance.channel." + ofChannel),
                ofOutcome == null ? null : text("grievance.screening.outcome." + ofOutcome),
                ofAnswer == null ? (waiting == null ? null : text("grievance.referral.unanswered"))
                        : text("grievance.answer." + ofAnswer)));
        accessLog.searched(AccessKind.GRIEVANCE, found.stream().limit(LIMIT)
                .map(grievance -> grievance.id().value()).toList());
        model.addAttribute("items", found.stream().limit(LIMIT).map(grievance -> new Item(
                grievance.categories().stream().map(each -> text("grievance.category." + each))
                        .collect(Collectors.joining(", ")),
                grievance.country() + " · " + dates.date(grievance.reportedOn()) + " · "
                        + text("grievance.status." + grievance.status()),
                pages.casework() ? "/grievances/" + grievance.id().value() : null)).toList());
        model.addAttribute("total", found.size());
        return shown(model);
    }

    @GetMapping("/dashboard/agencies")
    String agencies(@RequestParam(required = false) String asOf, @RequestParam(required = false) String status,
                    Model model, HttpServletResponse response) {
        LocalDate day = asOf == null ? figures.today() : date(asOf);
        AgencyStatus standing = status == null ? null : named(AgencyStatus.class, status);
        if (day == null || day.getYear() < DashboardParameters.FIRST_YEAR
                || day.getYear() > DashboardParameters.LAST_YEAR) {
            return refused(model, response, "dashboard.dayInvalid");
        }
        if (status != null && standing == null) {
            return refused(model, response, "dashboard.filterInvalid");
        }
        OpenPages pages = OpenPages.of(roles());
        List<AgencyView> found = figures.agencies(day).stream()
                .filter(agency -> standing == null || agency.status() == standing).toList();
        model.addAttribute("title", messages.getMessage("dashboard.list.agencies", new Object[]{dates.date(day)},
                LocaleContextHolder.getLocale()));
        model.addAttribute("filters", filters(standing == null ? null : text("agency.status." + standing)));
        model.addAttribute("items", found.stream().limit(LIMIT).map(agency -> new Item(agency.name(),
                agency.licenceNumber() + " · " + text("agency.status." + agency.status()),
                pages.labour() ? "/agencies/" + agency.id().value()
                        : pages.audit() ? "/audit/records/" + agency.id().value() : null)).toList());
        model.addAttribute("total", found.size());
        return shown(model);
    }

    private String refused(Model model, HttpServletResponse response, String key) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("title", text("dashboard.title"));
        model.addAttribute("problem", text(key));
        model.addAttribute("filters", List.of());
        model.addAttribute("items", List.of());
        return PAGE;
    }

    private static String shown(Model model) {
        if (!model.containsAttribute("items")) {
            model.addAttribute("items", List.of());
        }
        model.addAttribute("limit", LIMIT);
        return PAGE;
    }

    /** The filters chosen, but for the province, which the template names in the reader's language. */
    private static List<String> filters(String... shown) {
        List<String> filters = new ArrayList<>();
        for (String filter : shown) {
            if (filter != null) {
                filters.add(filter);
            }
        }
        return filters;
    }

    private Set<Role> roles() {
        return actors.currentActor().roles();
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> E named(Class<E> type, String name) {
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(name)) {
                return value;
            }
        }
        return null;
    }
}
