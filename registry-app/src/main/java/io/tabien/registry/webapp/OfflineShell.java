package io.tabien.registry.webapp;

import io.tabien.registry.platform.commands.Role;
import io.tabien.registry.security.UserAccount;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.util.ArrayList;
import java.util.List;

/**
 * Whose pages work without a connection, and which forms the service worker keeps for them: the registrar's birth
 * form, and the attaché's grievance intake (an attaché may be at a shelter or a worksite with no connection). Their
 * entries wait in the browser's outbox until the registry can be reached.
 */
@ControllerAdvice(basePackageClasses = OfflineShell.class)
class OfflineShell {

    /** Whether the user's pages carry the outbox. */
    @ModelAttribute("offline")
    boolean offline() {
        return !forms().isEmpty();
    }

    /** The forms kept for use without a connection, separated by spaces, as the outbox script reads them. */
    @ModelAttribute("offlineForms")
    String offlineForms() {
        return String.join(" ", forms());
    }

    private static List<String> forms() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        List<String> forms = new ArrayList<>();
        if (authentication != null && authentication.getPrincipal() instanceof UserAccount account) {
            if (account.roles().contains(Role.REGISTRAR)) {
                forms.add("/births/new");
            }
            if (account.roles().contains(Role.LABOUR_ATTACHE)) {
                forms.add("/grievances/new");
            }
        }
        return forms;
    }
}
