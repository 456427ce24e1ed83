package io.tabien.registry.webapp;

import io.tabien.contracts.civil.FindPerson;
import io.tabien.contracts.civil.PersonId;
import io.tabien.contracts.civil.PersonSearchPage;
import io.tabien.contracts.civil.PersonSummary;
import io.tabien.contracts.civil.PersonView;
import io.tabien.contracts.civil.SearchPersons;
import io.tabien.registry.platform.errors.NotFound;
import io.tabien.registry.security.ReadAccess;
import io.tabien.registry.web.Queries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Picking a registered person on a form by typing part of their name: the persons the registry's search finds, as
 * radio buttons of the form's field, so that the form posts the person's id as plain HTML would.
 */
@Controller
public class PersonPicker {

    private static final int CHOICES = 5;
    private static final Set<String> FIELDS = Set.of("motherId", "fatherId", "headPersonId", "personId");

    private final Queries queries;
    private final ReadAccess access;

    PersonPicker(Queries queries, ReadAccess access) {
        this.queries = queries;
        this.access = access;
    }

    @GetMapping("/persons/pick")
    String pick(@RequestParam String field, @RequestParam(required = false) String q, Model model) {
        String name = FIELDS.contains(field) ? field : "personId";
        model.addAttribute("field", name);
        model.addAttribute("found", found(q));
        model.addAttribute("searched", q != null && !q.isBlank());
        model.addAttribute("picked", null);
        return "people :: pick";
    }

    /** The few persons the registry's search finds by the name typed so far, within the user's jurisdiction. */
    public List<PersonSummary> found(String q) {
        return q == null || q.isBlank() ? List.of()
                : queries.answer(ReadModels.PERSON_REGISTRY, new SearchPersons(q.strip(), null, null, null, null,
                        CHOICES, null, access.civilJurisdiction()), PersonSearchPage.class).results();
    }

    /** A person picked before the form came back with a problem, to show them picked again. */
    PersonView picked(UUID personId) {
        if (personId == null) {
            return null;
        }
        try {
            return queries.one(ReadModels.PERSON_REGISTRY, new FindPerson(new PersonId(personId),
                    access.civilJurisdiction()), PersonView.class, "person", personId);
        } catch (NotFound unknown) {
            return null;
        }
    }
}
