package io.tabien.registry.security.api;

import io.swagger.v3.oas.annotations.Operation;
import io.tabien.registry.security.Devices;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/** The browsers users enrolled to sync their offline entries, and the administrator's revocation of one. */
@RestController
@RequestMapping("/api/admin/devices")
class DeviceAdminController {

    private final Devices devices;

    DeviceAdminController(Devices devices) {
        this.devices = devices;
    }

    @Operation(summary = "List enrolled devices, a user's or everyone's, with when they were last used and revoked")
    @GetMapping
    List<Devices.Device> list(@RequestParam(name = "user", required = false) String username) {
        return devices.list(username);
    }

    @Operation(summary = "Revoke a device: its token syncs nothing more, and its unsent entries stay on it")
    @PostMapping("/{id}/revocation")
    Devices.Device revoke(@PathVariable UUID id) {
        return devices.revoke(id);
    }
}
