package io.tabien.registry.civil.api;

import io.tabien.contracts.civil.FindPerson;
import io.tabien.contracts.civil.PersonId;
import io.tabien.contracts.civil.PersonView;
import io.tabien.registry.web.Queries;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

@RestController
class PersonController {

    private final Queries queries;

    PersonController(Queries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/persons/{id}")
    PersonView person(@PathVariable UUID id) {
        return queries.one("person-registry", new FindPerson(new PersonId(id)), PersonView.class, "person", id);
    }
}
