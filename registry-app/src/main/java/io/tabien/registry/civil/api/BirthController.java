package io.tabien.registry.civil.api;

import io.swagger.v3.oas.annotations.Operation;
import io.tabien.contracts.civil.PersonId;
import io.tabien.registry.web.Commands;
import io.tabien.registry.web.RecordId;
import io.tabien.registry.web.Responses;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class BirthController {

    private final Commands commands;

    BirthController(Commands commands) {
        this.commands = commands;
    }

    @Operation(summary = "Register a birth")
    @PostMapping("/api/births")
    ResponseEntity<RecordId> register(@Valid @RequestBody RegisterBirthRequest request) {
        PersonId personId = request.id() != null ? new PersonId(request.id()) : PersonId.random();
        return Responses.created("/api/persons", commands.send(personId, request.toCommand(personId), request,
                PersonId.class));
    }
}
