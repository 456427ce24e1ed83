package io.tabien.registry.civil.api;

import io.swagger.v3.oas.annotations.Operation;
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

    @Operation(summary = "Issue a family book to a household")
    @PostMapping
    ResponseEntity<RecordId> issue(@Valid @RequestBody FamilyBookRequests.Issue request) {
        FamilyBookId id = request.id() != null ? new FamilyBookId(request.id()) : FamilyBookId.random();
        var command = new IssueFamilyBook(id, request.bookNumber(),
                new Place(request.province(), request.district(), blankToNull(request.village())),
                new PersonId(request.headPersonId()), request.issuedOn());
        return Responses.created("/api/family-books", commands.send(id, command, request, FamilyBookId.class));
    }

    @Operation(summary = "Read a family book with its members and history")
    @GetMapping("/{id}")
    FamilyBookView book(@PathVariable UUID id) {
        return queries.one(FAMILY_BOOKS, new FindFamilyBook(new FamilyBookId(id), access.civilJurisdiction()),
                FamilyBookView.class, "family book", id);
    }

    /** A book by its number (current or retired) in a district. */
    @Operation(summary = "Find a family book by its number in a district")
    @GetMapping
    FamilyBookView find(@RequestParam String number, @RequestParam String district) {
        return queries.one(FAMILY_BOOKS,
                new FindFamilyBookByNumber(number.strip(), district, access.civilJurisdiction()),
                FamilyBookView.class, "family book numbered", number + " in district " + district);
    }

    @Operation(summary = "Add a member to a family book")
    @PostMapping("/{id}/members")
    ResponseEntity<RecordId> addMember(@PathVariable UUID id, @Valid @RequestBody FamilyBookRequests.AddMember request) {
        FamilyBookId book = new FamilyBookId(id);
        var command = new AddFamilyMember(book, new PersonId(request.personId()), request.relationship(),
                request.reason(), request.effectiveDate());
        return recorded(commands.send(book, command, request, Void.class), id);
    }

    @Operation(summary = "Remove a member from a family book")
    @PostMapping("/{id}/members/{personId}/removal")
    ResponseEntity<RecordId> removeMember(@PathVariable UUID id, @PathVariable UUID personId,
                                          @Valid @RequestBody FamilyBookRequests.RemoveMember request) {
        FamilyBookId book = new FamilyBookId(id);
        var command = new RemoveFamilyMember(book, new PersonId(personId), request.reason(), request.effectiveDate());
        return recorded(commands.send(book, command, request, Void.class), id);
    }

    @Operation(summary = "Change the head of a household")
    @PostMapping("/{id}/head")
    ResponseEntity<RecordId> changeHead(@PathVariable UUID id, @Valid @RequestBody FamilyBookRequests.ChangeHead request) {
        FamilyBookId book = new FamilyBookId(id);
        return recorded(commands.send(book, new ChangeHeadOfHousehold(book, new PersonId(request.personId())), request,
                Void.class), id);
    }

    @Operation(summary = "Replace a lost or damaged family book")
    @PostMapping("/{id}/replacement")
    ResponseEntity<RecordId> replace(@PathVariable UUID id, @Valid @RequestBody FamilyBookRequests.Replace request) {
        FamilyBookId book = new FamilyBookId(id);
        return recorded(commands.send(book, new ReplaceFamilyBook(book, request.newBookNumber(), request.reason()),
                request, Void.class), id);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
