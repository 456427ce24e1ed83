package io.tabien.registry.labour.api;

import io.swagger.v3.oas.annotations.Operation;
import io.tabien.contracts.labour.AgencyId;
import io.tabien.contracts.labour.AgencyStatus;
import io.tabien.contracts.labour.AgencyView;
import io.tabien.contracts.labour.CloseAgency;
import io.tabien.contracts.labour.FindAgencies;
import io.tabien.contracts.labour.FindAgency;
import io.tabien.contracts.labour.LicenseAgency;
import io.tabien.contracts.labour.ReinstateLicence;
import io.tabien.contracts.labour.RenewLicence;
import io.tabien.contracts.labour.RevokeLicence;
import io.tabien.contracts.labour.SuspendLicence;
import io.tabien.registry.web.Commands;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping("/api/agencies")
class AgencyController {

    private static final String AGENCIES = "agencies";

    private final Commands commands;
    private final Queries queries;

    AgencyController(Commands commands, Queries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @Operation(summary = "License a recruitment agency")
    @PostMapping
    ResponseEntity<RecordId> license(@Valid @RequestBody LabourRequests.License request) {
        AgencyId id = request.id() != null ? new AgencyId(request.id()) : AgencyId.random();
        var command = new LicenseAgency(id, request.name(), request.licenceNumber(), request.address(),
                request.licensedFrom(), request.licensedUntil(), request.destinations(), request.sectors());
        return Responses.created("/api/agencies", commands.send(id, command, request, AgencyId.class));
    }

    /** The agency with its licence timeline and its standing on {@code asOf} (default today). */
    @Operation(summary = "Read an agency with its licence timeline")
    @GetMapping("/{id}")
    AgencyView agency(@PathVariable UUID id,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return queries.one(AGENCIES, new FindAgency(new AgencyId(id), asOf), AgencyView.class, "agency", id);
    }

    /** Agencies whose licence has {@code status} on {@code asOf} (default today). */
    @Operation(summary = "List agencies by licence status on a day")
    @GetMapping
    List<AgencyView> agencies(@RequestParam(required = false) AgencyStatus status,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return queries.list(AGENCIES, new FindAgencies(status, asOf), AgencyView.class);
    }

    @Operation(summary = "Renew an agency's licence")
    @PostMapping("/{id}/renewal")
    ResponseEntity<RecordId> renew(@PathVariable UUID id, @Valid @RequestBody LabourRequests.Renewal request) {
        AgencyId agency = new AgencyId(id);
        return Responses.recorded(commands.send(agency, new RenewLicence(agency, request.renewedOn(), request.licensedUntil()),
                request, Void.class), id);
    }

    @Operation(summary = "Suspend an agency's licence")
    @PostMapping("/{id}/suspension")
    ResponseEntity<RecordId> suspend(@PathVariable UUID id, @Valid @RequestBody LabourRequests.Suspension request) {
        AgencyId agency = new AgencyId(id);
        return Responses.recorded(commands.send(agency, new SuspendLicence(agency, request.from(), request.until(),
                request.reason()), request, Void.class), id);
    }

    @Operation(summary = "Reinstate a suspended licence")
    @PostMapping("/{id}/reinstatement")
    ResponseEntity<RecordId> reinstate(@PathVariable UUID id,
                                                @Valid @RequestBody LabourRequests.Reinstatement request) {
        AgencyId agency = new AgencyId(id);
        return Responses.recorded(commands.send(agency, new ReinstateLicence(agency, request.on()), request, Void.class), id);
    }

    @Operation(summary = "Revoke an agency's licence")
    @PostMapping("/{id}/revocation")
    ResponseEntity<RecordId> revoke(@PathVariable UUID id, @Valid @RequestBody LabourRequests.Revocation request) {
        AgencyId agency = new AgencyId(id);
        return Responses.recorded(commands.send(agency, new RevokeLicence(agency, request.on(), request.reason()), request,
                Void.class), id);
    }

    @Operation(summary = "Close an agency")
    @PostMapping("/{id}/closure")
    ResponseEntity<RecordId> close(@PathVariable UUID id, @Valid @RequestBody LabourRequests.Closure request) {
        AgencyId agency = new AgencyId(id);
        return Responses.recorded(commands.send(agency, new CloseAgency(agency, request.closedOn(), request.reason()), request,
                Void.class), id);
    }

}
