package io.tabien.registry.civil.api;

import io.tabien.contracts.civil.AddFamilyMember;
import io.tabien.contracts.civil.ChangeHeadOfHousehold;
import io.tabien.contracts.civil.FamilyBookId;
import io.tabien.contracts.civil.FamilyBookView;
import io.tabien.contracts.civil.FindFamilyBook;
import io.tabien.contracts.civil.FindFamilyBookByNumber;
import io.tabien.contracts.civil.IssueFamilyBook;
import io.tabien.contracts.civil.PersonId;
import io.tabien.contracts.civil.Place;
import io.tabien.contracts.civil.RemoveFamilyMember;
import io.tabien.contracts.civil.ReplaceFamilyBook;
import io.tabien.registry.security.ReadAccess;
import io.tabien.registry.web.Commands;
import io.tabien.registry.web.Queries;
import io.tabien.registry.web.RecordId;
import io.tabien.registry.web.Responses;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

import static io.tabien.registry.web.Responses.recorded;

@RestController
@RequestMapping("/api/family-books")
class FamilyBookController {

    private static final String FAMILY_BOOKS = "family-books";

    private final Commands commands;
    private final Queries queries;
    private final ReadAccess access;

    FamilyBookController(Commands commands, Queries queries, ReadAccess access) {
        this.commands = commands;
        this.queries = queries;
        this.access = access;
    }

    @PostMapping
    ResponseEntity<RecordId> issue(@Valid @RequestBody FamilyBookRequests.Issue request) {
        FamilyBookId id = request.id() != null ? new FamilyBookId(request.id()) : FamilyBookId.random();
        var command = new IssueFamilyBook(id, request.bookNumber(),
                new Place(request.province(), request.district(), blankToNull(request.village())),
                new PersonId(request.headPersonId()), request.issuedOn());
        return Responses.created("/api/family-books", commands.send(id, command, request, FamilyBookId.class));
    }

    /** The book as recorded now, with its version as ETag (send it as If-Match to change the book). */
    @GetMapping("/{id}")
    ResponseEntity<FamilyBookView> book(@PathVariable UUID id) {
        FamilyBookView book = queries.one(FAMILY_BOOKS,
                new FindFamilyBook(new FamilyBookId(id), access.civilJurisdiction()), FamilyBookView.class,
                "family book", id);
        return ResponseEntity.ok().eTag(Long.toString(book.version())).body(book);
    }

    /** A book by its number (current or retired) in a district. */
    @GetMapping
    FamilyBookView find(@RequestParam String number, @RequestParam String district) {
        return queries.one(FAMILY_BOOKS,
                new FindFamilyBookByNumber(number.strip(), district, access.civilJurisdiction()),
                FamilyBookView.class, "family book numbered", number + " in district " + district);
    }

    @PostMapping("/{id}/members")
    ResponseEntity<RecordId> addMember(@PathVariable UUID id, @Valid @RequestBody FamilyBookRequests.AddMember request) {
        FamilyBookId book = new FamilyBookId(id);
        var command = new AddFamilyMember(book, new PersonId(request.personId()), request.relationship(),
                request.reason(), request.effectiveDate(), commands.expectedVersion());
        return recorded(commands.send(book, command, request, Void.class), id);
    }

    @PostMapping("/{id}/members/{personId}/removal")
    ResponseEntity<RecordId> removeMember(@PathVariable UUID id, @PathVariable UUID personId,
                                          @Valid @RequestBody FamilyBookRequests.RemoveMember request) {
        FamilyBookId book = new FamilyBookId(id);
        var command = new RemoveFamilyMember(book, new PersonId(personId), request.reason(), request.effectiveDate(),
                commands.expectedVersion());
        return recorded(commands.send(book, command, request, Void.class), id);
    }

    @PostMapping("/{id}/head")
    ResponseEntity<RecordId> changeHead(@PathVariable UUID id, @Valid @RequestBody FamilyBookRequests.ChangeHead request) {
        FamilyBookId book = new FamilyBookId(id);
        return recorded(commands.send(book, new ChangeHeadOfHousehold(book, new PersonId(request.personId()),
                commands.expectedVersion()), request,
                Void.class), id);
    }

    @PostMapping("/{id}/replacement")
    ResponseEntity<RecordId> replace(@PathVariable UUID id, @Valid @RequestBody FamilyBookRequests.Replace request) {
        FamilyBookId book = new FamilyBookId(id);
        return recorded(commands.send(book, new ReplaceFamilyBook(book, request.newBookNumber(), request.reason(),
                        commands.expectedVersion()),
                request, Void.class), id);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
