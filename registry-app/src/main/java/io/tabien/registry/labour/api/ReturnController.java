package io.tabien.registry.labour.api;

import io.swagger.v3.oas.annotations.Operation;
import io.tabien.contracts.civil.PersonId;
import io.tabien.contracts.labour.FindReturn;
import io.tabien.contracts.labour.RegisterReturn;
import io.tabien.contracts.labour.ReturnRecordId;
import io.tabien.contracts.labour.ReturnView;
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
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

@RestController
class ReturnController {

    private final Commands commands;
    private final Queries queries;

    ReturnController(Commands commands, Queries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    /** A migrant home with no contract on file. */
    @Operation(summary = "Register a migrant's return with no contract on file")
    @PostMapping("/api/returns")
    ResponseEntity<RecordId> register(@Valid @RequestBody LabourRequests.ReturnWithoutContract request) {
        ReturnRecordId id = ReturnRecordId.random();
        var command = new RegisterReturn(id, new PersonId(request.personId()), request.returnedOn(),
                request.checkpoint(), request.fromCountry(), request.workedAbroad());
        return Responses.created("/api/returns", commands.send(id, command, request, ReturnRecordId.class));
    }

    @Operation(summary = "Read a return without contract")
    @GetMapping("/api/returns/{id}")
    ReturnView returnRecord(@PathVariable UUID id) {
        return queries.one("contracts", new FindReturn(new ReturnRecordId(id)), ReturnView.class, "return", id);
    }
}
