package io.tabien.registry.security.api;

import io.swagger.v3.oas.annotations.Operation;
import io.tabien.registry.security.UserAdministration;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

@RestController
@RequestMapping("/api/admin/users")
class UserAdminController {

    private final UserAdministration administration;

    UserAdminController(UserAdministration administration) {
        this.administration = administration;
    }

    @Operation(summary = "Create a user with roles and an office")
    @PostMapping
    ResponseEntity<UserView> create(@Valid @RequestBody CreateUserRequest request) {
        var account = administration.create(request.username(), request.password(), request.roles(), request.office());
        return ResponseEntity.created(URI.create("/api/admin/users/" + account.username())).body(UserView.of(account));
    }

    @Operation(summary = "List users, with lockouts")
    @GetMapping
    List<UserView> list() {
        return administration.list().stream().map(UserView::of).toList();
    }

    @Operation(summary = "Lift a user's login lockout")
    @PostMapping("/{username}/unlock")
    ResponseEntity<Void> unlock(@PathVariable String username) {
        administration.unlock(username);
        return ResponseEntity.noContent().build();
    }
}
