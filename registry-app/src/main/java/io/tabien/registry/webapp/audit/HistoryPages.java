package io.tabien.registry.webapp.audit;

import io.tabien.registry.audit.access.AccessLog;
import io.tabien.registry.audit.history.EventHistory;
import io.tabien.registry.audit.state.AggregateStates;
import io.tabien.registry.platform.errors.NotFound;
import io.tabien.registry.webapp.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import static io.tabien.registry.webapp.FormText.blankToNull;

/**
 * What an auditor reads on screen: the event history, filtered and paged by global index, each event with its
 * payload and metadata; and one record as it stood at a moment, stepped event by event with what each step changed.
 * Both read the same history and fold as the audit API, and log the records they show as the API does.
 */
@Controller
class HistoryPages {

    private static final int PAGE_SIZE = 25;
    private static final int LARGEST_PAGE = 200;

    /**
     * The history's filters and cursor: newest first, {@code before} a global index going back, {@code after} one
     * going forward. {@code from} and {@code to} are whole days in the registry's zone, both included.
     */
    record HistoryFilter(String type, String actor, String record,
                         @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                         @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                         Long after, Long before, Integer size) {

        public int limit() {
            return size == null ? PAGE_SIZE : Math.max(1, Math.min(size, LARGEST_PAGE));
        }
    }

    /** An event as the history shows it: its payload and metadata as indented JSON. */
    record Shown(EventHistory.AuditEvent event, String type, String actor, String role, String office, String payload,
                 String metadata) {
    }

    /** One event of a record's stream, by its place in the stream from 1, with the fields of the record it changed, and how. */
    record Step(long globalIndex, int number, String type, Instant time, String actor,
                List<Change> changes) {
    }

    record Change(String field, String before, String after) {
    }

    private final EventHistory history;
    private final AggregateStates states;
    private final MessageSource messages;
    private final JsonMapper json;
    private final JsonMapper indented;
    private final ZoneId zone;
    private final AccessLog accessLog;

    HistoryPages(EventHistory history, AggregateStates states, MessageSource messages, JsonMapper json,
                 @Value("${tabien.zone:Asia/Vientiane}") ZoneId zone, AccessLog accessLog) {
        this.history = history;
        this.states = states;
        this.messages = messages;
        this.json = json;
        this.indented = json.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();
        this.zone = zone;
        this.accessLog = accessLog;
    }

    @GetMapping("/audit/events")
    String events(@ModelAttribute("filter") HistoryFilter filter, BindingResult binding, Model model,
                  HttpServletResponse response) {
        FormErrors errors = FormErrors.none();
        binding.getFieldErrors().forEach(error -> errors.field(error.getField(), "field.invalid", messages));
        String record = blankToNull(filter.record());
        if (record != null && !isUuid(record)) {
            errors.field("record", "audit.recordId", messages);
        }
        if (!binding.hasFieldErrors("from") && !binding.hasFieldErrors("to") && filter.from() != null
                && filter.to() != null && filter.to().isBefore(filter.from())) {
            errors.field("to", "audit.periodReversed", messages);
        }
        model.addAttribute("errors", errors);
        if (errors.any()) {
            response.setStatus(errors.status().value());
            model.addAttribute("events", List.of());
            return "audit/events";
        }
        EventHistory.Filter query = new EventHistory.Filter(blankToNull(filter.type()),
                blankToNull(filter.actor()), record,
                filter.from() == null ? null : filter.from().atStartOfDay(zone).toInstant(),
                filter.to() == null ? null : filter.to().plusDays(1).atStartOfDay(zone).toInstant());
        List<EventHistory.AuditEvent> events;
        Long older;
        Long newer;
        EventHistory.Page page;
        if (filter.after() != null) {
            page = history.forwards(filter.after(), filter.limit(), query);
            events = new ArrayList<>(page.events());
            Collections.reverse(events);
            newer = page.next();
            older = events.isEmpty() ? null : events.get(events.size() - 1).globalIndex();
        } else {
            page = history.backwards(filter.before(), filter.limit(), query);
            events = page.events();
            older = page.next();
            newer = filter.before() == null || events.isEmpty() ? null : events.get(0).globalIndex();
        }
        if (asksForUnchained(filter, page)) {
            model.addAttribute("settled", String.valueOf(page.settled()));
        }
        accessLog.readRecords(EventHistory.recordsOf(events), false);
        model.addAttribute("events", events.stream().map(this::shown).toList());
        model.addAttribute("older", older);
        model.addAttribute("newer", newer);
        return "audit/events";
    }

    /**
     * Whether the page was asked for stored events not settled in the chain yet (not chained, or behind a gap an
     * unfinished transaction may still fill), as when a flag's link to the event it rests on is followed a moment
     * after that event is recorded: the page then says so rather than seem to show all there is. The newest page,
     * asked for with no cursor, shows the settled events without a word.
     */
    private boolean asksForUnchained(HistoryFilter filter, EventHistory.Page page) {
        Long below = filter.after() != null ? (page.next() == null ? Long.MAX_VALUE : null) : filter.before();
        return below != null && below > page.settled() + 1 && history.unchainedBelow(page.settled(), below);
    }

    /**
     * A record as it stood: at the moment picked ({@code asOf}, in the registry's zone), after the event picked
     * ({@code step}, a global index), or now.
     */
    @GetMapping("/audit/records/{id}")
    String record(@PathVariable UUID id,
                  @RequestParam(required = false) String asOf, @RequestParam(required = false) Long step,
                  Model model, HttpServletResponse response) {
        List<EventHistory.AuditEvent> stream = history.stream(id.toString());
        if (stream.isEmpty()) {
            throw new NotFound("record", id);
        }
        accessLog.readRecords(EventHistory.recordsOf(stream), true);
        List<Step> steps = new ArrayList<>();
        Map<Long, Map<String, String>> fieldsAfter = new LinkedHashMap<>();
        Map<String, String> previous = Map.of();
        for (EventHistory.AuditEvent event : stream) {
            Map<String, String> fields = fields(states.upTo(id, event.globalIndex()).orElse(null));
            fieldsAfter.put(event.globalIndex(), fields);
            steps.add(new Step(event.globalIndex(), steps.size() + 1, simpleName(event.type()), event.time(),
                    text(event.metadata(), "actor"), changes(previous, fields)));
            previous = fields;
        }
        FormErrors errors = FormErrors.none();
        LocalDateTime moment = null;
        if (asOf != null && !asOf.isBlank()) {
            try {
                moment = LocalDateTime.parse(asOf.strip());
            } catch (DateTimeParseException e) {
                errors.field("asOf", "field.invalid", messages);
            }
        }
        Long shown;
        if (errors.any()) {
            shown = null;
            response.setStatus(errors.status().value());
        } else if (moment != null) {
            Instant instant = moment.atZone(zone).toInstant();
            shown = stream.stream().filter(event -> !event.time().isAfter(instant))
                    .reduce((first, second) -> second).map(EventHistory.AuditEvent::globalIndex).orElse(null);
            if (shown == null) {
                errors.field("asOf", "audit.beforeFirstEvent", messages);
                response.setStatus(errors.status().value());
            }
        } else if (step != null && fieldsAfter.containsKey(step)) {
            shown = step;
        } else {
            shown = stream.get(stream.size() - 1).globalIndex();
        }
        Step current = steps.stream().filter(candidate -> Objects.equals(candidate.globalIndex(), shown)).findFirst()
                .orElse(null);
        int position = current == null ? -1 : steps.indexOf(current);
        model.addAttribute("recordId", id);
        model.addAttribute("aggregateType", states.asOf(id, stream.get(stream.size() - 1).time())
                .map(AggregateStates.StateAsOf::aggregateType).orElse(null));
        model.addAttribute("steps", steps);
        model.addAttribute("current", current);
        model.addAttribute("previousStep", position > 0 ? steps.get(position - 1) : null);
        model.addAttribute("nextStep", position >= 0 && position < steps.size() - 1 ? steps.get(position + 1) : null);
        model.addAttribute("state", shown == null ? Map.of() : fieldsAfter.get(shown));
        model.addAttribute("changedFields", current == null ? List.of()
                : current.changes().stream().map(Change::field).toList());
        model.addAttribute("errors", errors);
        model.addAttribute("asOf", asOf);
        return "audit/record";
    }

    private Shown shown(EventHistory.AuditEvent event) {
        return new Shown(event, simpleName(event.type()), text(event.metadata(), "actor"),
                text(event.metadata(), "role"), text(event.metadata(), "office"),
                indented.writeValueAsString(event.payload()),
                event.metadata() == null ? "" : indented.writeValueAsString(event.metadata()));
    }

    /**
     * A record's state as field paths and their values, in the order its read endpoint writes them; its history is
     * left out, as the steps show it.
     */
    private Map<String, String> fields(Object state) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (state != null) {
            flatten("", json.valueToTree(state), fields);
        }
        fields.keySet().removeIf(field -> field.equals("history") || field.startsWith("history["));
        return fields;
    }

    private static void flatten(String path, JsonNode node, Map<String, String> fields) {
        if (node.isObject()) {
            node.properties().forEach(entry -> flatten(path.isEmpty() ? entry.getKey() : path + "." + entry.getKey(),
                    entry.getValue(), fields));
        } else if (node.isArray()) {
            if (node.isEmpty()) {
                fields.put(path, "[]");
            }
            for (int i = 0; i < node.size(); i++) {
                flatten(path + "[" + i + "]", node.get(i), fields);
            }
        } else if (!node.isNull()) {
            fields.put(path, node.isString() ? node.asString() : node.toString());
        }
    }

    private static List<Change> changes(Map<String, String> before, Map<String, String> after) {
        List<Change> changes = new ArrayList<>();
        after.forEach((field, value) -> {
            if (!Objects.equals(before.get(field), value)) {
                changes.add(new Change(field, before.get(field), value));
            }
        });
        before.forEach((field, value) -> {
            if (!after.containsKey(field)) {
                changes.add(new Change(field, value, null));
            }
        });
        return changes;
    }

    private static String text(JsonNode metadata, String key) {
        JsonNode value = metadata == null ? null : metadata.get(key);
        return value == null || value.isNull() ? null : value.asString();
    }

    static String simpleName(String type) {
        return type == null ? null : type.substring(type.lastIndexOf('.') + 1);
    }

    private static boolean isUuid(String text) {
        try {
            UUID.fromString(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
