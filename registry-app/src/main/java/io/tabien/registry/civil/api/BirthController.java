package io.tabien.registry.civil.api;

import io.tabien.contracts.civil.PersonId;
import io.tabien.registry.web.Commands;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

@RestController
class BirthController {

    private final Commands commands;

    BirthController(Commands commands) {
        this.commands = commands;
    }

    @PostMapping("/api/births")
    ResponseEntity<CreatedId> register(@Valid @RequestBody RegisterBirthRequest request) {
        PersonId personId = request.id() != null ? new PersonId(request.id()) : PersonId.random();
        var accepted = commands.send(personId, request.toCommand(personId), request, PersonId.class);
        PersonId registered = accepted.result();
        return ResponseEntity.created(URI.create("/api/persons/" + registered))
                .header(Commands.POSITION, Long.toString(accepted.position()))
                .body(new CreatedId(registered.value()));
    }
}
