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
    private final CivilWrites writes;

    BirthController(Commands commands, CivilWrites writes) {
        this.commands = commands;
        this.writes = writes;
    }

    @Operation(summary = "Register a birth")
    @PostMapping("/api/births")
    ResponseEntity<RecordId> register(@Valid @RequestBody RegisterBirthRequest request) {
        var write = writes.birth(request);
        return Responses.answer(write, commands.send(write));
    }
}
