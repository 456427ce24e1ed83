package io.tabien.registry.webapp;

import io.tabien.registry.audit.access.AccessKind;
import io.tabien.registry.audit.access.AccessLog;
import io.tabien.contracts.civil.PersonSearchPage;
import io.tabien.contracts.civil.SearchPersons;
import io.tabien.registry.security.ReadAccess;
import io.tabien.registry.web.Queries;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;

import static io.tabien.registry.webapp.FormText.blankToNull;

/** One box for a name in Lao script or romanized, filters by district and dates of birth, a page at a time. */
@Controller
class SearchPage {

    private static final int PAGE_SIZE = 20;

    private final Queries queries;
    private final ReadAccess access;
    private final OfficePlaces officePlaces;
    private final AccessLog accessLog;

    SearchPage(Queries queries, ReadAccess access, OfficePlaces officePlaces, AccessLog accessLog) {
        this.accessLog = accessLog;
        this.queries = queries;
        this.access = access;
        this.officePlaces = officePlaces;
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q,
                  @RequestParam(required = false) String district,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate bornFrom,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate bornTo,
                  @RequestParam(required = false) String after,
                  Model model) {
        String query = blankToNull(q);
        String inDistrict = blankToNull(district);
        boolean asked = query != null || inDistrict != null || bornFrom != null || bornTo != null;
        model.addAttribute("q", query);
        model.addAttribute("district", inDistrict);
        model.addAttribute("bornFrom", bornFrom);
        model.addAttribute("bornTo", bornTo);
        model.addAttribute("places", officePlaces.choice());
        model.addAttribute("asked", asked);
        model.addAttribute("after", blankToNull(after));
        if (asked) {
            PersonSearchPage found = queries.answer(ReadModels.PERSON_REGISTRY, new SearchPersons(query, null,
                    inDistrict, bornFrom, bornTo, PAGE_SIZE, blankToNull(after), access.civilJurisdiction()),
                    PersonSearchPage.class);
            accessLog.searched(AccessKind.PERSON, found.results().stream().map(person -> person.id().value())
                    .toList());
            model.addAttribute("found", found);
        }
        return "search";
    }
}
