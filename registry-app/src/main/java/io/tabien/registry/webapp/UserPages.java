package io.tabien.registry.webapp;

import io.tabien.registry.platform.commands.Role;
import io.tabien.registry.security.Devices;
import io.tabien.registry.security.UserAdministration;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import java.util.Set;
import java.util.UUID;

import static io.tabien.registry.webapp.FormText.blankToNull;

/**
 * The administrator's page: the users, with their roles, offices and lockouts, and a form to create one; and the
 * browsers they enrolled to sync offline entries, each with a button to revoke it.
 */
@Controller
class UserPages {

    private final UserAdministration administration;
    private final Devices devices;
    private final MessageSource messages;

    UserPages(UserAdministration administration, Devices devices, MessageSource messages) {
        this.administration = administration;
        this.devices = devices;
        this.messages = messages;
    }

    record UserForm(String username, String password, Role role, String office) {
    }

    @GetMapping("/users")
    String users(Model model) {
        return page(model, new UserForm(null, null, Role.REGISTRAR, null), FormErrors.none());
    }

    @PostMapping("/users")
    String create(@ModelAttribute UserForm form, Model model, HttpServletResponse response) {
        try {
            administration.create(blankToNull(form.username()), form.password(),
                    form.role() == null ? Set.of() : Set.of(form.role()), blankToNull(form.office()));
            return "redirect:/users?created=" + form.username();
        } catch (RuntimeException refused) {
            FormErrors errors = FormErrors.of(refused, field -> field, messages);
            response.setStatus(errors.status().value());
            return page(model, new UserForm(form.username(), null, form.role(), form.office()), errors);
        }
    }

    @PostMapping("/users/devices/{id}/revocation")
    String revokeDevice(@PathVariable UUID id) {
        Devices.Device revoked = devices.revoke(id);
        return "redirect:/users?revokedDevice=" + revoked.id() + "#devices";
    }

    private String page(Model model, UserForm form, FormErrors errors) {
        model.addAttribute("users", administration.list());
        model.addAttribute("devices", devices.list(null));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("roles", Role.values());
        return "users";
    }
}
