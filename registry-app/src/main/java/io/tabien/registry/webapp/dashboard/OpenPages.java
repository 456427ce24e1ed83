package io.tabien.registry.webapp.dashboard;

import io.tabien.contracts.flags.FlagView;
import io.tabien.registry.platform.commands.Role;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Which of the registry's screens open to the user, so that a figure or a flag links only to a page the user can
 * open: the same roles as the web pages' own access rules in {@code SecurityConfiguration}.
 */
record OpenPages(boolean registrar, boolean passports, boolean labour, boolean casework, boolean audit) {

    static OpenPages of(Set<Role> roles) {
        return new OpenPages(roles.contains(Role.REGISTRAR), roles.contains(Role.PASSPORT_OFFICER),
                roles.contains(Role.LABOUR_OFFICER),
                roles.contains(Role.LABOUR_ATTACHE) || roles.contains(Role.AUDITOR), roles.contains(Role.AUDITOR));
    }

    /** A link with the message key of its text and the text's one argument (or null). */
    record Link(String key, Object argument, String href) {
    }

    /**
     * Where a flag leads: for an auditor, the history at each event the flag rests on and the record's history; for
     * others, the page of the record the flag is about, where their screens show it.
     */
    List<Link> of(FlagView flag) {
        List<Link> links = new ArrayList<>();
        if (audit) {
            for (Long index : flag.evidence()) {
                links.add(new Link("dashboard.flag.event", index, event(index)));
            }
        }
        String rule = flag.rule();
        UUID subject = flag.subjectId();
        if (rule.startsWith("DOC-HELD-") && passports) {
            links.add(new Link("dashboard.flag.passport", null, "/passports/" + subject));
        } else if ((rule.startsWith("IRR-") || rule.startsWith("FEE-")) && !rule.equals("IRR-RETURN-WITHOUT-DEPARTURE")
                && labour) {
            links.add(new Link("dashboard.flag.contract", null, "/contracts/" + subject));
        } else if (rule.equals("DOC-RETENTION-REPORTED") && casework) {
            links.add(new Link("dashboard.flag.grievance", null, "/grievances/" + subject));
        } else if (rule.startsWith("CIV-") && registrar && flag.personId() != null) {
            links.add(new Link("dashboard.flag.person", null, "/persons/" + flag.personId()));
        } else if (audit) {
            links.add(new Link("dashboard.flag.record", null, "/audit/records/" + subject));
        }
        return links;
    }

    /** The history showing the one event at this global index: the page of events before the next one, one long. */
    static String event(long globalIndex) {
        return "/audit/events?before=" + (globalIndex + 1) + "&size=1";
    }
}
