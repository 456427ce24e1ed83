package io.tabien.registry.webapp;

import io.tabien.registry.security.SingleSignOnLink;
import io.tabien.registry.security.SingleSignOnRefused;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginPage {

    private final ObjectProvider<SingleSignOnLink> singleSignOn;

    LoginPage(ObjectProvider<SingleSignOnLink> singleSignOn) {
        this.singleSignOn = singleSignOn;
    }

    /**
     * The login form, with the link to the identity provider when single sign-on is configured and the reason a
     * login with it was refused; a user already logged in goes home.
     */
    @GetMapping("/login")
    String login(@RequestParam(name = "sso", required = false) String refused, Model model) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            return "redirect:/";
        }
        model.addAttribute("singleSignOn", singleSignOn.getIfAvailable());
        if (refused != null) {
            model.addAttribute("singleSignOnRefused", SingleSignOnRefused.Reason.ofCode(refused).code());
        }
        return "login";
    }

    /** Where a page the user's role does not open sends them. */
    @RequestMapping("/forbidden")
    String forbidden() {
        return "forbidden";
    }
}
