package io.tabien.registry.webapp.audit;

import io.tabien.registry.audit.replay.Replays;
import io.tabien.registry.platform.errors.NotFound;
import io.tabien.registry.webapp.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.UUID;

/**
 * Rebuilding a projection from the screen: the auditor picks it and follows its progress, which the page polls
 * until the replay is done, without reloading.
 */
@Controller
class ReplayPages {

    /** A replay's progress with the time it has left at its present pace, in whole seconds (null when unknown). */
    record Shown(Replays.Progress progress, Long secondsLeft) {

        static Shown of(Replays.Progress progress) {
            long left = progress.head() - progress.position();
            Long seconds = progress.state() != Replays.State.RUNNING ? Long.valueOf(0)
                    : progress.eventsPerSecond() > 0 ? Long.valueOf(Math.round(left / progress.eventsPerSecond()))
                    : null;
            return new Shown(progress, seconds);
        }

        public boolean running() {
            return progress.state() == Replays.State.RUNNING;
        }
    }

    private final Replays replays;
    private final MessageSource messages;

    ReplayPages(Replays replays, MessageSource messages) {
        this.replays = replays;
        this.messages = messages;
    }

    @GetMapping("/audit/replays")
    String form(Model model) {
        return page(model, null, FormErrors.none());
    }

    @PostMapping("/audit/replays")
    String start(@RequestParam(required = false) String processingGroup, Model model, HttpServletResponse response) {
        try {
            Replays.Progress started = replays.start(processingGroup == null ? "" : processingGroup);
            return "redirect:/audit/replays/" + started.id();
        } catch (RuntimeException refused) {
            FormErrors told = FormErrors.of(refused, field -> field, messages);
            response.setStatus(told.status().value());
            return page(model, processingGroup, told);
        }
    }

    @GetMapping("/audit/replays/{id}")
    String replay(@PathVariable UUID id, Model model) {
        model.addAttribute("replay", progress(id));
        return "audit/replay";
    }

    /** The progress bar alone, which the page fetches again every second while the replay runs. */
    @GetMapping("/audit/replays/{id}/progress")
    String progressBar(@PathVariable UUID id, Model model) {
        model.addAttribute("replay", progress(id));
        return "audit/replay :: progress";
    }

    private Shown progress(UUID id) {
        return Shown.of(replays.progress(id).orElseThrow(() -> new NotFound("replay", id)));
    }

    private String page(Model model, String chosen, FormErrors errors) {
        model.addAttribute("groups", replays.replayable());
        model.addAttribute("chosen", chosen);
        model.addAttribute("errors", errors);
        return "audit/replays";
    }
}
