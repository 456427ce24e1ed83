package io.tabien.registry.civil.api;

import io.swagger.v3.oas.annotations.Operation;
import io.tabien.contracts.civil.AddFamilyMember;
import io.tabien.contracts.civil.ChangeHeadOfHousehold;
import io.tabien.contracts.civil.FamilyBookId;
import io.tabien.contracts.civil.FamilyBookView;
import io.tabien.contracts.civil.FindFamilyBook;
import io.tabien.contracts.civil.FindFamilyBookByNumber;
import io.tabien.registry.audit.access.AccessKind;
import io.tabien.registry.audit.access.AccessLog;
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

import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping("/api/family-books")
class FamilyBookController {

    private static final String FAMILY_BOOKS = "family-books";

    private final Commands commands;
    private final Queries queries;
    private final ReadAccess access;
    private final CivilWrites writes;
    private final AccessLog accessLog;

    FamilyBookController(Commands commands, Queries queries, ReadAccess access, CivilWrites writes,
                         AccessLog accessLog) {
        this.commands = commands;
        this.queries = queries;
        this.access = access;
        this.writes = writes;
        this.accessLog = accessLog;
    }

    @Operation(summary = "Issue a family book to a household")
    @PostMapping
    ResponseEntity<RecordId> issue(@Valid @RequestBody FamilyBookRequests.Issue request) {
        var write = writes.familyBook(request);
        return Responses.answer(write, commands.send(write));
    }

    /** The book as recorded now, with its version as ETag (send it as If-Match to change the book). */
    @Operation(summary = "Read a family book with its members and history")
    @GetMapping("/{id}")
    ResponseEntity<FamilyBookView> book(@PathVariable UUID id) {
        FamilyBookView book = queries.one(FAMILY_BOOKS,
                new FindFamilyBook(new FamilyBookId(id), access.civilJurisdiction()), FamilyBookView.class,
                "family book", id);
        accessLog.read(AccessKind.FAMILY_BOOK, List.of(id));
        return ResponseEntity.ok().eTag(Long.toString(book.version())).body(book);
    }

    /** A book by its number (current or retired) in a district. */
    @Operation(summary = "Find a family book by its number in a district")
    @GetMapping
    FamilyBookView find(@RequestParam String number, @RequestParam String district) {
        FamilyBookView book = queries.one(FAMILY_BOOKS,
                new FindFamilyBookByNumber(number.strip(), district, access.civilJurisdiction()),
                FamilyBookView.class, "family book numbered", number + " in district " + district);
        accessLog.searched(AccessKind.FAMILY_BOOK, List.of(book.id().value()));
        return book;
    }

    @Operation(summary = "Add a member to a family book")
    @PostMapping("/{id}/members")
    ResponseEntity<RecordId> addMember(@PathVariable UUID id, @Valid @RequestBody FamilyBookRequests.AddMember request) {
        var write = writes.addMember(id, request, commands.expectedVersion());
        return Responses.answer(write, commands.send(write));
    }

    @Operation(summary = "Remove a member from a family book")
    @PostMapping("/{id}/members/{personId}/removal")
    ResponseEntity<RecordId> removeMember(@PathVariable UUID id, @PathVariable UUID personId,
                                          @Valid @RequestBody FamilyBookRequests.RemoveMember request) {
        var write = writes.removeMember(id, personId, request, commands.expectedVersion());
        return Responses.answer(write, commands.send(write));
    }

    @Operation(summary = "Change the head of a household")
    @PostMapping("/{id}/head")
    ResponseEntity<RecordId> changeHead(@PathVariable UUID id, @Valid @RequestBody FamilyBookRequests.ChangeHead request) {
        var write = writes.changeHead(id, request, commands.expectedVersion());
        return Responses.answer(write, commands.send(write));
    }

    @Operation(summary = "Replace a lost or damaged family book")
    @PostMapping("/{id}/replacement")
    ResponseEntity<RecordId> replace(@PathVariable UUID id, @Valid @RequestBody FamilyBookRequests.Replace request) {
        var write = writes.replacement(id, request, commands.expectedVersion());
        return Responses.answer(write, commands.send(write));
    }
}
