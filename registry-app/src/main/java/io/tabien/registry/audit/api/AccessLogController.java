package io.tabien.registry.audit.api;

import io.swagger.v3.oas.annotations.Operation;
import io.tabien.registry.audit.access.AccessKind;
import io.tabien.registry.audit.access.AccessLog;
import io.tabien.registry.audit.chain.AccessLogVerification;
import io.tabien.registry.audit.chain.AccessLogVerifier;
import io.tabien.registry.web.PageLimit;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.sql.SQLException;
import java.util.stream.Stream;

/** Who read what: the access log, for auditors, whose own look at it is logged too. */
@RestController
@RequestMapping("/api/audit/access")
class AccessLogController {

    private final AccessLog accessLog;
    private final AccessLogVerification verification;

    AccessLogController(AccessLog accessLog, AccessLogVerification verification) {
        this.accessLog = accessLog;
        this.verification = verification;
    }

    /**
     * Who read a record ({@code record}: its id) and/or what a user read ({@code user}: their user name), or with
     * neither every read, newest first; follow {@code next} as {@code before} for the following page.
     */
    @Operation(summary = "List who read a record, or what a user read")
    @GetMapping
    AccessLog.Page entries(@RequestParam(required = false) String record,
                           @RequestParam(required = false) String user,
                           @RequestParam(required = false) @Min(1) Long before,
                           @RequestParam(defaultValue = "100") @PageLimit int limit) {
        String recordId = blankToNull(record);
        String username = blankToNull(user);
        AccessLog.Page page = accessLog.entries(recordId, username, before, limit);
        accessLog.read(AccessKind.ACCESS_LOG, Stream.of(recordId, username).filter(id -> id != null).toList());
        return page;
    }

    /** Links and signs what is pending, then recomputes the access log's chain and checks its checkpoints. */
    @Operation(summary = "Verify the access log's hash chain and its signed checkpoints")
    @GetMapping("/verification")
    AccessLogVerifier.Report verification() throws SQLException {
        return verification.verify();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
