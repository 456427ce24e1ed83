package io.tabien.registry.webapp;

import io.tabien.contracts.civil.DuplicateDecision;
import io.tabien.contracts.civil.FindPerson;
import io.tabien.contracts.civil.PersonId;
import io.tabien.contracts.civil.PersonView;
import io.tabien.contracts.civil.ReviewDuplicateBirth;
import io.tabien.contracts.flags.FindPersonFlags;
import io.tabien.contracts.flags.FlagView;
import io.tabien.registry.flags.DuplicateBirthFlags.FlaggedPair;
import io.tabien.registry.flags.DuplicateBirthPairs;
import io.tabien.registry.platform.errors.NotFound;
import io.tabien.registry.security.ReadAccess;
import io.tabien.registry.web.Commands;
import io.tabien.registry.web.Queries;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Two births flagged as possibly the same person, side by side with their differences marked, and the registrar's
 * decision on them: not the same person, or the same person (the later record then is a duplicate of the earlier;
 * both are kept). Both records must be readable by the registrar; the decision's rules are the registry's own.
 */
@Controller
class DuplicateReviewPage {

    private final DuplicateBirthPairs pairs;
    private final Commands commands;
    private final Queries queries;
    private final ReadAccess access;
    private final Places places;
    private final Dates dates;
    private final MessageSource messages;

    DuplicateReviewPage(DuplicateBirthPairs pairs, Commands commands, Queries queries, ReadAccess access,
                        Places places, Dates dates, MessageSource messages) {
        this.pairs = pairs;
        this.commands = commands;
        this.queries = queries;
        this.access = access;
        this.places = places;
        this.dates = dates;
        this.messages = messages;
    }

    record DecisionForm(DuplicateDecision decision, String reason, Long version) {
    }

    /** One line of the comparison: the field, each record's value, and whether they differ. */
    record Line(String field, String earlier, String later, boolean differs) {
    }

    @GetMapping("/duplicates/{flagId}")
    String review(@PathVariable UUID flagId, Model model) {
        return page(model, flagId, new DecisionForm(null, null, null), FormErrors.none());
    }

    @PostMapping("/duplicates/{flagId}")
    String decide(@PathVariable UUID flagId, @ModelAttribute DecisionForm form, Model model,
                  HttpServletResponse response) {
        FlaggedPair pair = pair(flagId);
        PersonId later = pair.later();
        try {
            commands.send(later, new ReviewDuplicateBirth(later, pair.earlier(), form.decision(), form.reason(),
                    form.version()), form, Void.class);
            return "redirect:/duplicates/" + flagId + "?reviewed";
        } catch (RuntimeException refused) {
            FormErrors errors = FormErrors.of(refused, field -> field, messages);
            response.setStatus(errors.status().value());
            return page(model, flagId, new DecisionForm(form.decision(), form.reason(), null), errors);
        }
    }

    private FlaggedPair pair(UUID flagId) {
        return pairs.pairOf(flagId).orElseThrow(() -> new NotFound("flag", flagId));
    }

    private String page(Model model, UUID flagId, DecisionForm form, FormErrors errors) {
        FlaggedPair pair = pair(flagId);
        PersonView earlier = person(pair.earlier());
        PersonView later = person(pair.later());
        FlagView flag = queries.list(ReadModels.FLAGS, new FindPersonFlags(later.id().value(), access.flagReaders(),
                        null), FlagView.class).stream()
                .filter(candidate -> candidate.id().equals(flagId))
                .findFirst().orElseThrow(() -> new NotFound("flag", flagId));
        model.addAttribute("flag", flag);
        model.addAttribute("earlier", earlier);
        model.addAttribute("later", later);
        model.addAttribute("lines", compare(earlier, later));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("decisions", DuplicateDecision.values());
        return "duplicates/review";
    }

    private PersonView person(PersonId id) {
        return queries.one(ReadModels.PERSON_REGISTRY, new FindPerson(id, access.civilJurisdiction()),
                PersonView.class, "person", id.value());
    }

    private Map<String, Line> compare(PersonView earlier, PersonView later) {
        Map<String, Line> lines = new LinkedHashMap<>();
        line(lines, "givenName", earlier.givenName(), later.givenName());
        line(lines, "familyName", earlier.familyName(), later.familyName());
        line(lines, "givenNameLatin", earlier.givenNameLatin(), later.givenNameLatin());
        line(lines, "familyNameLatin", earlier.familyNameLatin(), later.familyNameLatin());
        line(lines, "sex", sex(earlier), sex(later));
        line(lines, "dateOfBirth", dates.date(earlier.dateOfBirth()), dates.date(later.dateOfBirth()));
        line(lines, "place", places.placeName(earlier.placeOfBirth()), places.placeName(later.placeOfBirth()));
        line(lines, "mother", earlier.mother() == null ? null : earlier.mother().name(),
                later.mother() == null ? null : later.mother().name());
        line(lines, "father", earlier.father() == null ? null : earlier.father().name(),
                later.father() == null ? null : later.father().name());
        line(lines, "informant", earlier.informant(), later.informant());
        line(lines, "registeredAt", dates.moment(earlier.registeredAt()), dates.moment(later.registeredAt()));
        return lines;
    }

    private String sex(PersonView person) {
        return person.sex() == null ? null : messages.getMessage("sex." + person.sex(), null,
                org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }

    private static void line(Map<String, Line> lines, String field, String earlier, String later) {
        lines.put(field, new Line(field, earlier == null ? "—" : earlier, later == null ? "—" : later,
                !Objects.equals(earlier, later)));
    }
}
