package io.tabien.registry.webapp;

import io.tabien.contracts.civil.FindPerson;
import io.tabien.contracts.civil.PersonId;
import io.tabien.contracts.civil.PersonView;
import io.tabien.registry.platform.errors.NotFound;
import io.tabien.registry.security.ReadAccess;
import io.tabien.registry.web.Queries;
import org.springframework.stereotype.Component;

/** A person named on a page by their names, when the reader may see them; by their id otherwise. */
@Component
class PersonNames {

    private final Queries queries;
    private final ReadAccess access;

    PersonNames(Queries queries, ReadAccess access) {
        this.queries = queries;
        this.access = access;
    }

    String of(PersonId personId) {
        try {
            PersonView person = queries.one(ReadModels.PERSON_REGISTRY, new FindPerson(personId,
                    access.civilJurisdiction()), PersonView.class, "person", personId.value());
            return person.givenName() + " " + person.familyName()
                    + (person.givenNameLatin() == null ? "" : " (" + person.givenNameLatin()
                    + (person.familyNameLatin() == null ? "" : " " + person.familyNameLatin()) + ")");
        } catch (NotFound hidden) {
            return personId.value().toString();
        }
    }
}
