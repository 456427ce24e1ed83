package io.tabien.registry.webapp;

import io.tabien.registry.platform.commands.Role;
import io.tabien.registry.security.UserAccount;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** What every page shows around its content: who is logged in, for which office, and the language switch. */
@ControllerAdvice(basePackageClasses = PageModel.class)
class PageModel {

    private final Places places;

    PageModel(Places places) {
        this.places = places;
    }

    @ModelAttribute("user")
    UserAccount user() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof UserAccount account ? account : null;
    }

    /** Whether the registrar's screens are open to the user. */
    @ModelAttribute("registrar")
    boolean registrar() {
        UserAccount user = user();
        return user != null && user.roles().contains(Role.REGISTRAR);
    }

    /** Whether the administrator's page is open to the user. */
    @ModelAttribute("administrator")
    boolean administrator() {
        UserAccount user = user();
        return user != null && user.roles().contains(Role.ADMIN);
    }

    /** Whether the passport officer's screens are open to the user. */
    @ModelAttribute("passportOfficer")
    boolean passportOfficer() {
        UserAccount user = user();
        return user != null && user.roles().contains(Role.PASSPORT_OFFICER);
    }

    /** Whether the labour officer's screens are open to the user. */
    @ModelAttribute("labourOfficer")
    boolean labourOfficer() {
        UserAccount user = user();
        return user != null && user.roles().contains(Role.LABOUR_OFFICER);
    }

    /** The user's office by its name in the page's language, or its code when it is not a place in Laos. */
    @ModelAttribute("officeName")
    String officeName() {
        UserAccount user = user();
        return user == null ? null : places.officeName(user.office());
    }

    @ModelAttribute("language")
    String language() {
        return Places.lao() ? "lo" : "en";
    }

    /** This page again in the other language. */
    @ModelAttribute("otherLanguageUrl")
    String otherLanguageUrl(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = "GET".equals(request.getMethod()) ? request.getQueryString() : null;
        return UriComponentsBuilder.fromPath(path).query(query)
                .replaceQueryParam(WebPagesConfiguration.LANGUAGE_PARAMETER, Places.lao() ? "en" : "lo")
                .build().toUriString();
    }
}
