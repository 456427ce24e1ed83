package io.tabien.registry.documents.api;

import io.swagger.v3.oas.annotations.Operation;
import io.tabien.contracts.civil.PersonId;
import io.tabien.contracts.documents.FindPassport;
import io.tabien.contracts.documents.FindPassports;
import io.tabien.contracts.documents.IssuePassport;
import io.tabien.contracts.documents.PassportId;
import io.tabien.contracts.documents.PassportView;
import io.tabien.contracts.documents.ReportPassportLost;
import io.tabien.contracts.documents.ReturnPassportToHolder;
import io.tabien.contracts.documents.RevokePassport;
import io.tabien.contracts.documents.TransferPassportCustody;
import io.tabien.registry.audit.access.AccessKind;
import io.tabien.registry.audit.access.AccessLog;
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
@RequestMapping("/api/passports")
class PassportController {

    private static final String PASSPORTS = "passports";

    private final Commands commands;
    private final Queries queries;
    private final AccessLog accessLog;

    PassportController(Commands commands, Queries queries, AccessLog accessLog) {
        this.commands = commands;
        this.queries = queries;
        this.accessLog = accessLog;
    }

    @Operation(summary = "Issue a passport")
    @PostMapping
    ResponseEntity<RecordId> issue(@Valid @RequestBody PassportRequests.Issue request) {
        PassportId id = request.id() != null ? new PassportId(request.id()) : PassportId.random();
        var command = new IssuePassport(id, new PersonId(request.holderPersonId()), request.passportNumber(),
                request.issuedOn(), request.expiresOn(), request.mrz().get(0), request.mrz().get(1));
        return Responses.created("/api/passports", commands.send(id, command, request, PassportId.class));
    }

    @Operation(summary = "Read a passport with its custody history")
    @GetMapping("/{id}")
    PassportView passport(@PathVariable UUID id) {
        PassportView passport = queries.one(PASSPORTS, new FindPassport(new PassportId(id)), PassportView.class,
                "passport", id);
        accessLog.read(AccessKind.PASSPORT, List.of(id));
        return passport;
    }

    @Operation(summary = "Find passports by holder or number")
    @GetMapping
    List<PassportView> find(@RequestParam(required = false) UUID holder, @RequestParam(required = false) String number) {
        List<PassportView> found = queries.list(PASSPORTS,
                new FindPassports(holder, number == null ? null : number.strip()), PassportView.class);
        accessLog.searched(AccessKind.PASSPORT, found.stream().map(passport -> passport.id().value()).toList());
        return found;
    }

    @Operation(summary = "Record a change of the passport's custody")
    @PostMapping("/{id}/custody")
    ResponseEntity<RecordId> custody(@PathVariable UUID id, @Valid @RequestBody PassportRequests.Custody request) {
        PassportId passport = new PassportId(id);
        var command = new TransferPassportCustody(passport, request.custodian(), request.custodianName(),
                request.agencyId(), request.country(), request.since(), request.holderConsent(), request.note());
        return Responses.recorded(commands.send(passport, command, request, Void.class), id);
    }

    @Operation(summary = "Record the passport's return to its holder")
    @PostMapping("/{id}/return")
    ResponseEntity<RecordId> giveBack(@PathVariable UUID id, @Valid @RequestBody PassportRequests.Return request) {
        PassportId passport = new PassportId(id);
        return Responses.recorded(commands.send(passport, new ReturnPassportToHolder(passport, request.returnedOn()), request,
                Void.class), id);
    }

    @Operation(summary = "Report a passport lost")
    @PostMapping("/{id}/loss")
    ResponseEntity<RecordId> lost(@PathVariable UUID id, @Valid @RequestBody PassportRequests.Loss request) {
        PassportId passport = new PassportId(id);
        return Responses.recorded(commands.send(passport, new ReportPassportLost(passport, request.reportedOn(), request.reason()),
                request, Void.class), id);
    }

    @Operation(summary = "Revoke a passport")
    @PostMapping("/{id}/revocation")
    ResponseEntity<RecordId> revoke(@PathVariable UUID id, @Valid @RequestBody PassportRequests.Revocation request) {
        PassportId passport = new PassportId(id);
        return Responses.recorded(commands.send(passport, new RevokePassport(passport, request.revokedOn(), request.reason()),
                request, Void.class), id);
    }

}
