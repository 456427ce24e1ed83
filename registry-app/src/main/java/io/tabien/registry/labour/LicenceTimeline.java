package io.tabien.registry.labour;

import io.tabien.contracts.labour.AgencyStatus;
import io.tabien.contracts.labour.LicenceEventView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An agency's licence through time, so that "was it licensed on day D?" has an answer for any day, past or
 * present. Immutable: each licence event gives a new timeline.
 */
public final class LicenceTimeline {

    /** A licensed period, both days included. */
    public record Period(LocalDate from, LocalDate until) {
    }

    /** A suspension from its first day; {@code end} is the first day it no longer applies, or null while open. */
    public record Suspension(LocalDate from, LocalDate end) {

        boolean covers(LocalDate day) {
            return !day.isBefore(from) && (end == null || day.isBefore(end));
        }
    }

    private final List<Period> periods;
    private final List<Suspension> suspensions;
    private final LocalDate revokedOn;
    private final LocalDate closedOn;

    private LicenceTimeline(List<Period> periods, List<Suspension> suspensions, LocalDate revokedOn,
                            LocalDate closedOn) {
        this.periods = List.copyOf(periods);
        this.suspensions = List.copyOf(suspensions);
        this.revokedOn = revokedOn;
        this.closedOn = closedOn;
    }

    /**
     * The timeline after a licence event as the read models keep it, by its name (LICENSED, RENEWED, SUSPENDED,
     * REINSTATED, REVOKED, CLOSED) and its days; {@code current} is null before the agency is licensed.
     */
    public static LicenceTimeline after(LicenceTimeline current, String event, LocalDate firstDay,
                                        LocalDate lastDay) {
        return switch (event) {
            case "LICENSED" -> licensed(firstDay, lastDay);
            case "RENEWED" -> current.renewed(firstDay, lastDay);
            case "SUSPENDED" -> current.suspended(firstDay, lastDay);
            case "REINSTATED" -> current.reinstated(firstDay);
            case "REVOKED" -> current.revoked(firstDay);
            case "CLOSED" -> current.closed(firstDay);
            default -> throw new IllegalStateException("unknown licence event " + event);
        };
    }

    /** The timeline of an agency's licence events as its history shows them, oldest first. */
    public static LicenceTimeline of(List<LicenceEventView> events) {
        LicenceTimeline licence = null;
        for (LicenceEventView event : events) {
            licence = after(licence, event.event(), event.firstDay(), event.lastDay());
        }
        return licence;
    }

    public static LicenceTimeline licensed(LocalDate from, LocalDate until) {
        return new LicenceTimeline(List.of(new Period(from, until)), List.of(), null, null);
    }

    /** Renewed from {@code on}: the current period extends, or after a lapse a new period starts. */
    public LicenceTimeline renewed(LocalDate on, LocalDate until) {
        List<Period> next = new ArrayList<>(periods);
        Period last = next.remove(next.size() - 1);
        if (on.isAfter(last.until().plusDays(1))) {
            next.add(last);
            next.add(new Period(on, until));
        } else {
            next.add(new Period(last.from(), until));
        }
        return new LicenceTimeline(next, suspensions, revokedOn, closedOn);
    }

    /** Suspended from {@code from}; through {@code until} if given, else until reinstated. */
    public LicenceTimeline suspended(LocalDate from, LocalDate until) {
        List<Suspension> next = new ArrayList<>(suspensions);
        next.add(new Suspension(from, until == null ? null : until.plusDays(1)));
        return new LicenceTimeline(periods, next, revokedOn, closedOn);
    }

    /** Active again from {@code on}: every suspension still running that day ends. */
    public LicenceTimeline reinstated(LocalDate on) {
        List<Suspension> next = suspensions.stream()
                .map(s -> s.covers(on) ? new Suspension(s.from(), on) : s)
                .toList();
        return new LicenceTimeline(periods, next, revokedOn, closedOn);
    }

    public LicenceTimeline revoked(LocalDate on) {
        return new LicenceTimeline(periods, suspensions, on, closedOn);
    }

    public LicenceTimeline closed(LocalDate on) {
        return new LicenceTimeline(periods, suspensions, revokedOn, on);
    }

    public AgencyStatus statusOn(LocalDate day) {
        if (closedOn != null && !day.isBefore(closedOn)) {
            return AgencyStatus.CLOSED;
        }
        if (revokedOn != null && !day.isBefore(revokedOn)) {
            return AgencyStatus.REVOKED;
        }
        if (day.isBefore(periods.get(0).from())) {
            return AgencyStatus.NOT_YET_LICENSED;
        }
        if (periods.stream().noneMatch(p -> !day.isBefore(p.from()) && !day.isAfter(p.until()))) {
            return AgencyStatus.EXPIRED;
        }
        return suspensions.stream().anyMatch(s -> s.covers(day)) ? AgencyStatus.SUSPENDED : AgencyStatus.ACTIVE;
    }

    public boolean activeOn(LocalDate day) {
        return statusOn(day) == AgencyStatus.ACTIVE;
    }

    public LocalDate licensedFrom() {
        return periods.get(0).from();
    }

    public LocalDate licensedUntil() {
        return periods.get(periods.size() - 1).until();
    }

    public boolean revokedOrClosed() {
        return revokedOn != null || closedOn != null;
    }

    public boolean closed() {
        return closedOn != null;
    }

    public boolean revoked() {
        return revokedOn != null;
    }
}
