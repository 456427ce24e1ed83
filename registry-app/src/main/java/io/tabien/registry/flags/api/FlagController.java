package io.tabien.registry.flags.api;

import io.swagger.v3.oas.annotations.Operation;
import io.tabien.contracts.flags.FindFlags;
import io.tabien.contracts.flags.FlagView;
import io.tabien.registry.security.ReadAccess;
import io.tabien.registry.web.PageLimit;
import io.tabien.registry.web.Queries;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

@RestController
class FlagController {

    private final Queries queries;
    private final ReadAccess access;

    FlagController(Queries queries, ReadAccess access) {
        this.queries = queries;
        this.access = access;
    }

    /**
     * Flags newest first; {@code open=true} only those not cleared, {@code open=false} only cleared ones.
     * Time-dependent rules are judged on {@code asOf} (default today).
     */
    @Operation(summary = "List flags by category, rule, province and status")
    @GetMapping("/api/flags")
    List<FlagView> flags(@RequestParam(required = false) String category,
                         @RequestParam(required = false) String rule,
                         @RequestParam(required = false) String province,
                         @RequestParam(required = false) Boolean open,
                         @RequestParam(defaultValue = "100") @PageLimit int limit,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return queries.list("flags", new FindFlags(category, rule, province, open, limit, access.flagReaders(),
                asOf), FlagView.class);
    }
}
