package io.tabien.registry.webapp;

import io.tabien.contracts.civil.FindRecentRegistrations;
import io.tabien.contracts.civil.PersonId;
import io.tabien.contracts.civil.PersonSummary;
import io.tabien.contracts.flags.FindFlags;
import io.tabien.contracts.flags.FlagView;
import io.tabien.registry.platform.commands.Role;
import io.tabien.registry.security.Devices;
import io.tabien.registry.security.ReadAccess;
import io.tabien.registry.security.UserAccount;
import io.tabien.registry.web.Queries;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What needs the registrar today: the entries waiting in the browser's outbox (counted there, by the offline script),
 * the browsers enrolled to send them, the births registered last in their office, and the possible duplicate births
 * flagged in their jurisdiction.
 */
@Controller
class HomePage {

    static final String POSSIBLE_DUPLICATE = "CIV-POSSIBLE-DUPLICATE";
    private static final int RECENT = 10;
    private static final int FLAGS = 20;

    private final Queries queries;
    private final ReadAccess access;
    private final PersonNames names;
    private final Devices devices;

    HomePage(Queries queries, ReadAccess access, PersonNames names, Devices devices) {
        this.queries = queries;
        this.access = access;
        this.names = names;
        this.devices = devices;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal UserAccount user, Model model) {
        // Set by OfflineShell for the users whose pages carry an outbox.
        if (Boolean.TRUE.equals(model.getAttribute("offline"))) {
            model.addAttribute("devices", devices.own());
        }
        if (user != null && user.roles().contains(Role.REGISTRAR)) {
            String jurisdiction = access.civilJurisdiction();
            model.addAttribute("recent", queries.list(ReadModels.PERSON_REGISTRY,
                    new FindRecentRegistrations(jurisdiction, RECENT), PersonSummary.class));
            List<FlagView> duplicates = queries.list(ReadModels.FLAGS, new FindFlags(null, POSSIBLE_DUPLICATE, null,
                    true, FLAGS, access.flagReaders(), null), FlagView.class);
            Map<UUID, String> flaggedNames = new LinkedHashMap<>();
            duplicates.forEach(flag -> flaggedNames.put(flag.id(), names.of(new PersonId(flag.personId()))));
            model.addAttribute("duplicates", duplicates);
            model.addAttribute("flaggedNames", flaggedNames);
        }
        return "home";
    }
}
