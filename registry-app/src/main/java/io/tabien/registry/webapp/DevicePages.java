package io.tabien.registry.webapp;

import io.tabien.registry.platform.errors.ProblemType;
import io.tabien.registry.security.Devices;
import io.tabien.registry.security.EnrolmentOvertaken;
import io.tabien.registry.web.ProblemHandler;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;

import java.net.URI;
import java.util.UUID;

/**
 * The outbox enrols its browser as a device of the logged-in user, so that its entries can be sent after the web
 * session ended; the user sees their devices on the home page and revokes one they no longer hold.
 */
@Controller
class DevicePages {

    private final Devices devices;

    DevicePages(Devices devices) {
        this.devices = devices;
    }

    /**
     * @param installation the browser's installation key, with the number of its attempt; a caller naming neither
     *                     enrols a device that replaces none
     */
    record Enrolment(String name, String installation, Integer attempt) {

        Devices.Installation installationAttempt() {
            if (installation == null && attempt == null) {
                return null;
            }
            return new Devices.Installation(installation, attempt == null ? 0 : attempt);
        }
    }

    /** The token is in this answer and nowhere else: no cache keeps it. */
    @PostMapping(path = "/devices", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Devices.NewDevice> enrol(@RequestBody Enrolment enrolment) {
        Devices.NewDevice device = devices.enrol(enrolment.name(), enrolment.installationAttempt());
        return ResponseEntity.created(URI.create("/devices/" + device.id())).cacheControl(CacheControl.noStore())
                .body(device);
    }

    @ExceptionHandler(EnrolmentOvertaken.class)
    @ResponseBody
    ProblemDetail overtaken(EnrolmentOvertaken overtaken) {
        return ProblemHandler.problem(ProblemType.CONFLICT, overtaken.getMessage());
    }

    @PostMapping("/devices/{id}/revocation")
    String revoke(@PathVariable UUID id) {
        devices.revokeOwn(id);
        return "redirect:/#devices";
    }
}
