package io.tabien.registry.civil.api;

import io.swagger.v3.oas.annotations.Operation;
import io.tabien.contracts.civil.CorrectBirthRecord;
import io.tabien.contracts.civil.FindPerson;
import io.tabien.contracts.civil.PersonId;
import io.tabien.contracts.civil.PersonSearchPage;
import io.tabien.contracts.civil.PersonView;
import io.tabien.contracts.civil.SearchPersons;
import io.tabien.contracts.flags.FindPersonFlags;
import io.tabien.contracts.flags.FlagView;
import io.tabien.registry.audit.access.AccessKind;
import io.tabien.registry.audit.access.AccessLog;
import io.tabien.registry.security.ReadAccess;
import io.tabien.registry.web.Commands;
import io.tabien.registry.web.PageLimit;
import io.tabien.registry.web.Queries;
import io.tabien.registry.web.RecordId;
import io.tabien.registry.web.Responses;
import jakarta.validation.Valid;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;


@RestController
class PersonController {

    private static final String PERSON_REGISTRY = "person-registry";

    private final Commands commands;
    private final Queries queries;
    private final ReadAccess access;
    private final CivilWrites writes;
    private final AccessLog accessLog;

    PersonController(Commands commands, Queries queries, ReadAccess access, CivilWrites writes, AccessLog accessLog) {
        this.commands = commands;
        this.queries = queries;
        this.access = access;
        this.writes = writes;
        this.accessLog = accessLog;
    }

    /** The person as recorded now, with the version of their record as ETag (send it as If-Match to change it). */
    @Operation(summary = "Read a person with their family book, documents and open flags")
    @GetMapping("/api/persons/{id}")
    ResponseEntity<PersonView> person(@PathVariable UUID id) {
        PersonView person = read(id);
        accessLog.read(AccessKind.PERSON, List.of(id));
        return ResponseEntity.ok().eTag(Long.toString(person.version())).body(person);
    }

    /** Persons by name (Lao script or romanized), place and date of birth, most relevant first. */
    @Operation(summary = "Search persons by name, place and date of birth")
    @GetMapping("/api/persons")
    PersonSearchPage search(@RequestParam(required = false) String q,
                            @RequestParam(required = false) String province,
                            @RequestParam(required = false) String district,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate bornFrom,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate bornTo,
                            @RequestParam(defaultValue = "20") @PageLimit int limit,
                            @RequestParam(required = false) String after) {
        PersonSearchPage found = queries.answer(PERSON_REGISTRY, new SearchPersons(q, province, district, bornFrom,
                bornTo, limit, after, access.civilJurisdiction()), PersonSearchPage.class);
        accessLog.searched(AccessKind.PERSON, found.results().stream().map(person -> person.id().value()).toList());
        return found;
    }

    @Operation(summary = "Correct a birth record")
    @PostMapping("/api/persons/{id}/corrections")
    ResponseEntity<RecordId> correct(@PathVariable UUID id, @Valid @RequestBody CorrectionRequest request) {
        var write = writes.correction(id, request, commands.expectedVersion());
        return Responses.answer(write, commands.send(write));
    }

    @Operation(summary = "Register a death")
    @PostMapping("/api/persons/{id}/death")
    ResponseEntity<RecordId> registerDeath(@PathVariable UUID id, @Valid @RequestBody DeathRequest request) {
        var write = writes.death(id, request, commands.expectedVersion());
        return Responses.answer(write, commands.send(write));
    }

    /**
     * The registrar's decision on this birth and another that an open CIV-POSSIBLE-DUPLICATE flag links it to:
     * {@code SAME_PERSON} marks the later registration as a duplicate of the earlier, both kept. Closes the flag.
     */
    @Operation(summary = "Record a decision on two births flagged as possibly the same person")
    @PostMapping("/api/persons/{id}/duplicate-review")
    ResponseEntity<RecordId> reviewDuplicate(@PathVariable UUID id, @Valid @RequestBody DuplicateReviewRequest request) {
        var write = writes.duplicateReview(id, request, commands.expectedVersion());
        return Responses.answer(write, commands.send(write));
    }

    /** The person's flags, open and cleared; time-dependent rules are judged on {@code asOf} (default today). */
    @Operation(summary = "List a person's flags, open and cleared")
    @GetMapping("/api/persons/{id}/flags")
    List<FlagView> flags(@PathVariable UUID id,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        read(id);
        return queries.list("flags", new FindPersonFlags(id, access.flagReaders(), asOf), FlagView.class);
    }

    private PersonView read(UUID id) {
        return queries.one(PERSON_REGISTRY, new FindPerson(new PersonId(id), access.civilJurisdiction()),
                PersonView.class, "person", id);
    }
}
