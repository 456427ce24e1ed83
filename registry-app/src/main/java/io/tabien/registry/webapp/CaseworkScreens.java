package io.tabien.registry.webapp;

import io.tabien.registry.platform.commands.Role;
import io.tabien.registry.security.UserAccount;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Which of the labour attaché's and the auditor's screens the navigation offers the user. */
@ControllerAdvice(basePackageClasses = CaseworkScreens.class)
class CaseworkScreens {

    /** Whether the auditor's screens are open to the user. */
    @ModelAttribute("auditor")
    boolean auditor() {
        return has(Role.AUDITOR);
    }

    /** Whether the labour attaché's screens are open to the user. */
    @ModelAttribute("attache")
    boolean attache() {
        return has(Role.LABOUR_ATTACHE);
    }

    private static boolean has(Role role) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof UserAccount account
                && account.roles().contains(role);
    }
}
